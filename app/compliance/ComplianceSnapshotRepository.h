#pragma once

#include "compliance/ComplianceSnapshot.h"
#include "core/Status.h"

class Database;

// All SQL for compliance_snapshots: one row per UTC day and safeguard, overwritten during the day.
class ComplianceSnapshotRepository
{
public:
    explicit ComplianceSnapshotRepository(Database &db);

    static qint64 dayOf(qint64 epochSeconds) { return epochSeconds - ((epochSeconds % 86400) + 86400) % 86400; }

    Status record(qint64 nowSeconds, const QMap<Safeguard, SafeguardTally> &tallies);
    Status recordDay(qint64 day, Safeguard safeguard, const SafeguardTally &tally, qint64 takenAt);
    // Days in [fromDay, toDay], oldest first.
    QList<ComplianceSnapshot> between(qint64 fromDay, qint64 toDay) const;

private:
    Database &m_db;
};
