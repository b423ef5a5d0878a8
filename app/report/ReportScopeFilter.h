#pragma once

#include "compliance/ComplianceInput.h"
#include "compliance/DeviceCompliance.h"
#include "compliance/FleetStatistics.h"
#include "core/Status.h"
#include "report/ReportScope.h"

#include <QSet>

class Database;

// Narrows the report to its scope and its as-of moment: which devices are in (group members read
// once, department, ownership) and, for a past as-of date, drops what devices reported after it, so
// a value the console only learned later is not counted (the console keeps each fact's latest value
// only, so such a fact becomes unknown).
class ReportScopeFilter
{
public:
    // `cutoff`: end of the as-of day (epoch seconds); 0 keeps every fact.
    ReportScopeFilter(Database &db, const ReportScope &scope, qint64 cutoff);

    // NotFound for an unknown group, InvalidInput for an unknown ownership; nothing else fails.
    Status validate() const;
    bool include(ComplianceInput &device) const;

    // The fleet make-up of the devices in the report (ownership, OS versions, check-in freshness as
    // of `now`), the same buckets FleetStatisticsRepository computes in SQL for the whole fleet.
    static FleetStatistics statistics(const QList<DeviceCompliance> &devices, qint64 now);

private:
    ReportScope m_scope;
    qint64 m_cutoff;
    QSet<qint64> m_members;
    bool m_groupFound = true;
};
