#pragma once

#include "compliance/FleetCompliance.h"

class Database;

// Evaluates the whole fleet: loads devices and facts in two queries, resolves each device's
// policy (PolicyRepository::effectivePolicies, one query), and runs ComplianceEvaluator in memory.
// 5,000 devices take a few tens of milliseconds.
class ComplianceService
{
public:
    explicit ComplianceService(Database &db);
    FleetCompliance evaluate(qint64 nowSeconds) const;
    // Evaluates and stores today's roll-up (one row per safeguard) for the trend.
    FleetCompliance evaluateAndSnapshot(qint64 nowSeconds) const;

private:
    Database &m_db;
};
