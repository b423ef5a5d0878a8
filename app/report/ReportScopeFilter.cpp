#include "report/ReportScopeFilter.h"

#include "compliance/FleetStatisticsRepository.h"
#include "fleet/DeviceGroupRepository.h"

#include <QCoreApplication>

ReportScopeFilter::ReportScopeFilter(Database &db, const ReportScope &scope, qint64 cutoff) : m_scope(scope), m_cutoff(cutoff)
{
    if (scope.kind == ReportScope::Kind::Group) {
        const DeviceGroupRepository groups(db);
        const std::optional<DeviceGroup> g = groups.findByName(scope.value);
        m_groupFound = g.has_value();
        if (g)
            for (qint64 id : groups.members(g->id))
                m_members.insert(id);
    }
}

Status ReportScopeFilter::validate() const
{
    if (!m_groupFound)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("ReportScopeFilter", "There is no group named “%1”.").arg(m_scope.value));
    if (m_scope.kind == ReportScope::Kind::Ownership && !DeviceTypes::ownershipFromDb(m_scope.value))
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("ReportScopeFilter", "“%1” is no ownership model (one of %2).")
                                   .arg(m_scope.value, DeviceTypes::allOwnershipsDb().join(QLatin1String(", "))));
    if (m_scope.kind != ReportScope::Kind::Fleet && m_scope.value.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("ReportScopeFilter", "The report's scope names nothing."));
    return Status::success();
}

bool ReportScopeFilter::include(ComplianceInput &device) const
{
    switch (m_scope.kind) {
    case ReportScope::Kind::Fleet: break;
    case ReportScope::Kind::Group:
        if (!m_members.contains(device.deviceId))
            return false;
        break;
    case ReportScope::Kind::Department:
        if (device.department != m_scope.value)
            return false;
        break;
    case ReportScope::Kind::Ownership:
        if (DeviceTypes::ownershipFromDb(m_scope.value) != device.ownership)
            return false;
        break;
    }
    if (m_cutoff > 0) {
        for (auto it = device.facts.begin(); it != device.facts.end();)
            it = it->reportedAt > m_cutoff ? device.facts.erase(it) : std::next(it);
        if (device.lastSeen > m_cutoff)
            device.lastSeen = 0; // its check-in as of then is not known; never is the honest answer
    }
    return true;
}

FleetStatistics ReportScopeFilter::statistics(const QList<DeviceCompliance> &devices, qint64 now)
{
    FleetStatistics s;
    QHash<QString, int> ownership, os, freshness;
    for (const DeviceCompliance &d : devices) {
        ++ownership[DeviceTypes::toDb(d.ownership)];
        ++os[FleetStatisticsRepository::osLabel(DeviceTypes::toDb(d.platform), d.osVersion)];
        const qint64 age = now - d.lastSeen;
        ++freshness[!d.lastSeen ? QStringLiteral("never") : age <= 3600 ? QStringLiteral("hour") : age <= 86400 ? QStringLiteral("day")
                    : age <= 604800 ? QStringLiteral("week") : age <= 2592000 ? QStringLiteral("month") : QStringLiteral("older")];
    }
    s.total = int(devices.size());
    for (const QString &o : DeviceTypes::allOwnershipsDb())
        s.ownership << qMakePair(o, ownership.value(o));
    for (auto it = os.cbegin(); it != os.cend(); ++it)
        s.osVersions << qMakePair(it.key(), it.value());
    std::sort(s.osVersions.begin(), s.osVersions.end(),
              [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    for (const QString &b : FleetStatisticsRepository::freshnessBuckets())
        s.freshness << qMakePair(b, freshness.value(b));
    return s;
}
