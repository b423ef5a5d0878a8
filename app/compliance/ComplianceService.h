#pragma once

#include "compliance/ComplianceInput.h"
#include "compliance/FleetCompliance.h"
#include "core/Status.h"

#include <optional>

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
    // One device, as evaluate() judges it (for the device details); none when it is not managed.
    std::optional<DeviceCompliance> evaluateDevice(qint64 deviceId, qint64 nowSeconds) const;
    // Evaluates and stores today's roll-up (one row per safeguard) for the trend.
    FleetCompliance evaluateAndSnapshot(qint64 nowSeconds) const;
    // Evaluates and stores each device's verdict and policy on its row, for the device table's
    // compliance and policy columns (sorted and filtered in SQL). `changed`: rows written.
    Status storeVerdicts(qint64 nowSeconds, int *changed = nullptr) const;

private:
    FleetCompliance evaluateInputs(QList<ComplianceInput> inputs, qint64 nowSeconds, const Selector &select) const;

    Database &m_db;
};
