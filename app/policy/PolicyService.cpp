#include "policy/PolicyService.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyDelivery.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PolicyService", text); }
Status notFound(qint64 id) { return Status::failure(ErrorCode::NotFound, tr("No policy with id %1.").arg(id)); }
} // namespace

PolicyService::PolicyService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

Status PolicyService::inTransaction(const std::function<Status()> &work)
{
    QSqlDatabase conn = m_db.connection();
    if (!m_db.beginTransaction())
        return Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text());
    const Status s = work();
    if (!s) {
        m_db.rollbackTransaction();
        return s;
    }
    if (!m_db.commitTransaction()) {
        const QString why = conn.lastError().text();
        m_db.rollbackTransaction();
        return Status::failure(ErrorCode::DatabaseRefused, why);
    }
    return s;
}

Status PolicyService::deliver(const AdminSession &session, const PolicyRecord &policy, int *queued, const QList<qint64> *only,
                              QString *note, int *devices)
{
    PolicyRepository repo(m_db);
    QList<PolicyRepository::Target> targets = repo.deliveryTargets(policy.id);
    if (only) {
        const QSet<qint64> wanted(only->cbegin(), only->cend());
        targets.removeIf([&](const PolicyRepository::Target &t) { return !wanted.contains(t.deviceId); });
    }
    PolicyDelivery delivery(m_db, session.username(), SettingsRepository(m_db).stringValue(Setting::ClinicName));
    const Status s = delivery.deliver(policy, targets, m_clock(), queued);
    if (devices) // every target gets at least one command, except an Apple device that refused the policy
        *devices = int(targets.size() - delivery.refused().size());
    if (s && note && !delivery.refused().isEmpty())
        *note = QStringLiteral("; %1 Apple device(s) refused: %2").arg(delivery.refused().size()).arg(delivery.refusal());
    return s;
}

Status PolicyService::createFromBaseline(const AdminSession &session, const QString &baselineId, const QString &name, PolicyRecord *out)
{
    if (Status s = session.require(Permission::ManagePolicies, m_clock()); !s)
        return s;
    const std::optional<Baseline> baseline = BaselineCatalog::byId(baselineId);
    if (!baseline)
        return Status::failure(ErrorCode::NotFound, tr("No baseline %1 (there are byod, cope, cosu and shared).").arg(baselineId));
    PolicyRecord p;
    p.name = name.trimmed().isEmpty() ? baseline->name : name.trimmed();
    p.ownership = baseline->ownership;
    p.baseline = baseline->id;
    p.body = baseline->settingsJson;
    return inTransaction([&] {
        if (Status s = PolicyRepository(m_db).insert(p, session.username(), m_clock()); !s)
            return s;
        if (out)
            *out = p;
        return AuditLog(m_db).record(session.actor(), QStringLiteral("policy.create"), QStringLiteral("success"),
                                     QStringLiteral("policy=%1 name=\"%2\" baseline=%3 version=1").arg(p.id).arg(p.name, p.baseline));
    });
}

Status PolicyService::saveAndDeliver(const AdminSession &session, PolicyRecord &policy, const QJsonObject &body,
                                     const QString &action, const QString &details, int *queued)
{
    return inTransaction([&] {
        const int before = policy.version;
        if (Status s = PolicyRepository(m_db).saveVersion(policy, body, session.username(), m_clock()); !s)
            return s;
        int count = 0;
        QString refused;
        if (Status s = deliver(session, policy, &count, nullptr, &refused); !s)
            return s;
        if (queued)
            *queued = count;
        return AuditLog(m_db).record(session.actor(), action, QStringLiteral("success"),
                                     QStringLiteral("policy=%1 name=\"%2\" version %3 -> %4%5; %6 command(s) queued%7")
                                         .arg(policy.id).arg(policy.name).arg(before).arg(policy.version).arg(details).arg(count).arg(refused));
    });
}

Status PolicyService::update(const AdminSession &session, qint64 policyId, const PolicySettings &settings, int *queued)
{
    if (Status s = session.require(Permission::ManagePolicies, m_clock()); !s)
        return s;
    std::optional<PolicyRecord> p = PolicyRepository(m_db).findById(policyId);
    if (!p)
        return notFound(policyId);
    const QJsonObject body = PolicyJson::toJson(settings);
    // Validated through the same reader the database's bodies go through.
    PolicySettings check;
    if (Status s = PolicyJson::fromJson(body, &check); !s)
        return s;
    QStringList changed;
    for (const PolicyDifference &d : PolicyDiff::diff(p->body, body))
        changed << d.path;
    if (changed.isEmpty())
        return Status::success();
    return saveAndDeliver(session, *p, body, QStringLiteral("policy.update"),
                          QStringLiteral(" changed=%1").arg(changed.join(QLatin1Char(','))), queued);
}

Status PolicyService::rollback(const AdminSession &session, qint64 policyId, int version, int *queued)
{
    if (Status s = session.require(Permission::ManagePolicies, m_clock()); !s)
        return s;
    PolicyRepository repo(m_db);
    std::optional<PolicyRecord> p = repo.findById(policyId);
    if (!p)
        return notFound(policyId);
    const std::optional<PolicyVersionRecord> old = repo.version(policyId, version);
    if (!old)
        return Status::failure(ErrorCode::NotFound, tr("Policy %1 has no version %2.").arg(p->name).arg(version));
    if (version == p->version)
        return Status::failure(ErrorCode::Conflict, tr("Version %1 is already the current version of %2.").arg(version).arg(p->name));
    return saveAndDeliver(session, *p, old->body, QStringLiteral("policy.rollback"),
                          QStringLiteral(" (body of version %1)").arg(version), queued);
}

Status PolicyService::assignToGroup(const AdminSession &session, qint64 policyId, qint64 groupId, int *queued, int *devices)
{
    if (Status s = session.require(Permission::ManagePolicies, m_clock()); !s)
        return s;
    const std::optional<PolicyRecord> p = PolicyRepository(m_db).findById(policyId);
    if (!p)
        return notFound(policyId);
    const std::optional<DeviceGroup> g = DeviceGroupRepository(m_db).findById(groupId);
    if (!g)
        return Status::failure(ErrorCode::NotFound, tr("No device group with id %1.").arg(groupId));
    return inTransaction([&] {
        if (Status s = PolicyRepository(m_db).assignGroup(policyId, groupId, m_clock()); !s)
            return s;
        int count = 0;
        QString refused;
        const QList<qint64> members = DeviceGroupRepository(m_db).members(groupId);
        if (Status s = deliver(session, *p, &count, &members, &refused, devices); !s)
            return s;
        if (queued)
            *queued = count;
        return AuditLog(m_db).record(session.actor(), QStringLiteral("policy.assign"), QStringLiteral("success"),
                                     QStringLiteral("policy=%1 name=\"%2\" version=%3 group=%4 \"%5\" (%6 devices); %7 command(s) queued%8")
                                         .arg(p->id).arg(p->name).arg(p->version).arg(g->id).arg(g->name).arg(g->members).arg(count).arg(refused));
    });
}

Status PolicyService::assignToDevice(const AdminSession &session, qint64 policyId, qint64 deviceId, int *queued)
{
    if (Status s = session.require(Permission::ManagePolicies, m_clock()); !s)
        return s;
    const std::optional<PolicyRecord> p = PolicyRepository(m_db).findById(policyId);
    if (!p)
        return notFound(policyId);
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
    // An Apple device cannot take a policy it cannot apply (a Shared iPad needs supervision).
    PolicySettings settings;
    if (device->platform != Platform::Android && PolicyJson::fromJson(p->body, &settings))
        if (Status s = AppleProfileCompiler::supports(settings); !s)
            return s;
    return inTransaction([&] {
        if (Status s = PolicyRepository(m_db).assignDevice(policyId, deviceId, m_clock()); !s)
            return s;
        int count = 0;
        const QList<qint64> one{deviceId};
        if (Status s = deliver(session, *p, &count, &one); !s)
            return s;
        if (queued)
            *queued = count;
        return AuditLog(m_db).record(session.actor(), QStringLiteral("policy.assign"), QStringLiteral("success"),
                                     QStringLiteral("policy=%1 name=\"%2\" version=%3; %4 command(s) queued")
                                         .arg(p->id).arg(p->name).arg(p->version).arg(count),
                                     deviceId);
    });
}

QList<PolicyDifference> PolicyService::differencesFromBaseline(const PolicyRecord &policy) const
{
    const std::optional<Baseline> b = BaselineCatalog::byId(policy.baseline);
    if (policy.baseline.isEmpty() || !b)
        return {};
    return PolicyDiff::diff(b->settingsJson, policy.body);
}
