#include "compliance/ComplianceService.h"

#include "compliance/ComplianceEvaluator.h"
#include "compliance/ComplianceRepository.h"
#include "compliance/ComplianceSnapshotRepository.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>

ComplianceService::ComplianceService(Database &db) : m_db(db) {}

FleetCompliance ComplianceService::evaluate(qint64 now, const Selector &select) const
{
    FleetCompliance fleet = evaluateInputs(ComplianceRepository(m_db).managedDevices(), now, select);
    // With a selector, the devices not managed (pending, unenrolled, wiped) are not counted either.
    if (!select)
        fleet.notManaged = ComplianceRepository(m_db).unmanagedCounts();
    return fleet;
}

std::optional<DeviceCompliance> ComplianceService::evaluateDevice(qint64 deviceId, qint64 now) const
{
    const QList<ComplianceInput> one = ComplianceRepository(m_db).managedDevices(deviceId);
    if (one.isEmpty())
        return std::nullopt;
    return evaluateInputs(one, now, {}).devices.value(0);
}

FleetCompliance ComplianceService::evaluateInputs(QList<ComplianceInput> inputs, qint64 now, const Selector &select) const
{
    FleetCompliance fleet;
    fleet.evaluatedAt = now;
    fleet.unknownAfterDays = qMax(1, SettingsRepository(m_db).intValue(Setting::UnknownAfterDays));
    ComplianceEvaluator evaluator(now, fleet.unknownAfterDays);
    evaluator.setNewestAppleReleases(ComplianceEvaluator::newestAppleReleases(ComplianceRepository(m_db).appleOsVersions()));

    PolicyRepository policies(m_db);
    struct Loaded {
        PolicySettings settings;
        QString label;
        int version = 0;
        QString shortLabel;
    };
    QHash<qint64, Loaded> byId;
    for (const PolicyRecord &p : policies.list()) {
        Loaded l;
        if (!PolicyJson::fromJson(p.body, &l.settings))
            continue; // a body that no longer reads is treated as no policy
        l.label = QCoreApplication::translate("ComplianceService", "policy \"%1\" v%2").arg(p.name).arg(p.version);
        l.version = p.version;
        l.shortLabel = QStringLiteral("%1 v%2").arg(p.name).arg(p.version);
        byId.insert(p.id, l);
    }
    QMap<Ownership, Loaded> baselines;
    for (const Baseline &b : BaselineCatalog::all())
        baselines.insert(b.ownership, {b.settings, QCoreApplication::translate("ComplianceService", "baseline \"%1\" (no policy assigned)").arg(b.name), 0,
                                        QCoreApplication::translate("ComplianceService", "none")});
    const QHash<qint64, qint64> effective = policies.effectivePolicies();

    fleet.devices.reserve(inputs.size());
    for (ComplianceInput &in : inputs) {
        if (select && !select(in))
            continue;
        const auto assigned = byId.constFind(effective.value(in.deviceId));
        const Loaded &l = assigned != byId.constEnd() ? *assigned : baselines[in.ownership];
        fleet.devices << evaluator.evaluate(in, l.settings, l.label, l.version);
        fleet.devices.last().policyShort = l.shortLabel;
        const DeviceCompliance &d = fleet.devices.last();
        for (const SafeguardResult &r : d.results) {
            SafeguardTally &t = fleet.bySafeguard[r.safeguard];
            (r.state == ComplianceState::Compliant ? t.compliant : r.state == ComplianceState::NonCompliant ? t.nonCompliant : t.unknown)++;
        }
        switch (d.overall()) {
        case ComplianceState::Compliant: ++fleet.compliantDevices; break;
        case ComplianceState::NonCompliant: ++fleet.nonCompliantDevices; break;
        case ComplianceState::Unknown: ++fleet.unknownDevices; break;
        }
        fleet.devicesWithoutPolicy += d.hasPolicy ? 0 : 1;
    }
    return fleet;
}

FleetCompliance ComplianceService::evaluateAndSnapshot(qint64 now) const
{
    FleetCompliance fleet = evaluate(now);
    ComplianceSnapshotRepository(m_db).record(now, fleet.bySafeguard);
    return fleet;
}

Status ComplianceService::storeVerdicts(qint64 now, int *changed) const
{
    return ComplianceRepository(m_db).storeVerdicts(evaluate(now).devices, changed);
}
