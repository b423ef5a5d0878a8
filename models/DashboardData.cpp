#include "DashboardData.h"

#include "compliance/CertificateInventory.h"
#include "compliance/ComplianceService.h"
#include "compliance/ComplianceSnapshotRepository.h"
#include "compliance/FleetStatisticsRepository.h"

DashboardData::DashboardData(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

void DashboardData::reload(qint64 now)
{
    m_compliance = ComplianceService(m_db).evaluateAndSnapshot(now);
    m_statistics = FleetStatisticsRepository(m_db).statistics(now);
    const qint64 today = ComplianceSnapshotRepository::dayOf(now);
    m_trend = ComplianceSnapshotRepository(m_db).between(today - 29 * 86400, today);
    m_certificates = CertificateInventory::current(m_db);
    m_loadedAt = now;
    emit reloaded();
}

QList<DeviceBrief> DashboardData::devicesFor(Chart chart, const QString &key, ComplianceState state) const
{
    FleetStatisticsRepository repo(m_db);
    switch (chart) {
    case Chart::Compliance:
        for (Safeguard s : SafeguardInfo::perDevice())
            if (SafeguardInfo::id(s) == key) {
                QHash<qint64, QString> reasons;
                for (const DeviceCompliance &d : m_compliance.devices)
                    if (const SafeguardResult *r = d.result(s); r && r->state == state)
                        reasons.insert(d.deviceId, r->reason);
                QList<DeviceBrief> out = repo.devicesByIds(reasons.keys());
                for (DeviceBrief &b : out)
                    b.detail = reasons.value(b.id);
                return out;
            }
        return {};
    case Chart::Ownership: return repo.devices(FleetStatisticsRepository::Dimension::Ownership, key, m_loadedAt);
    case Chart::OsVersions: return repo.devices(FleetStatisticsRepository::Dimension::OsVersion, key, m_loadedAt);
    case Chart::Freshness: return repo.devices(FleetStatisticsRepository::Dimension::Freshness, key, m_loadedAt);
    }
    return {};
}

QString DashboardData::reasonFor(qint64 deviceId, Safeguard safeguard) const
{
    for (const DeviceCompliance &d : m_compliance.devices)
        if (d.deviceId == deviceId)
            if (const SafeguardResult *r = d.result(safeguard))
                return r->reason;
    return {};
}
