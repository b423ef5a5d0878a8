#pragma once

#include "compliance/ComplianceInput.h"
#include "compliance/FleetCompliance.h"

#include <functional>

class Database;

// Evaluates the whole fleet: loads devices and facts in two queries, resolves each device's
// policy (PolicyRepository::effectivePolicies, one query), and runs ComplianceEvaluator in memory.
// 5,000 devices take a few tens of milliseconds.
class ComplianceService
{
public:
    // Which devices to evaluate (false: leave out); may also drop facts (a report as of a past day).
    using Selector = std::function<bool(ComplianceInput &device)>;

    explicit ComplianceService(Database &db);
    // With a selector, the devices not managed (pending, unenrolled, wiped) are not counted either.
    FleetCompliance evaluate(qint64 nowSeconds, const Selector &select = {}) const;
    // Evaluates and stores today's roll-up (one row per safeguard) for the trend.
    FleetCompliance evaluateAndSnapshot(qint64 nowSeconds) const;

private:
    Database &m_db;
};
