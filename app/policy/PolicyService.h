#pragma once

#include "core/Status.h"
#include "policy/PolicyDiff.h"
#include "policy/PolicyRecord.h"
#include "policy/PolicySettings.h"
#include "security/AdminSession.h"

#include <functional>

class Database;

// What an admin does with policies: create from a baseline, edit, assign to a group or device,
// roll back to an earlier version. Each is RBAC-checked (ManagePolicies), done in one transaction
// with its audit entry, and delivers the new version to the affected devices as queued commands
// (PolicyDelivery). A rollback is a new version whose body is the old one's: history never shrinks.
class PolicyService
{
public:
    explicit PolicyService(Database &db);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    Status createFromBaseline(const AdminSession &session, const QString &baselineId, const QString &name, PolicyRecord *out = nullptr);
    Status update(const AdminSession &session, qint64 policyId, const PolicySettings &settings, int *queued = nullptr);
    // `devices`: how many devices the policy was queued for (each gets one command or more).
    Status assignToGroup(const AdminSession &session, qint64 policyId, qint64 groupId, int *queued = nullptr, int *devices = nullptr);
    Status assignToDevice(const AdminSession &session, qint64 policyId, qint64 deviceId, int *queued = nullptr);
    Status rollback(const AdminSession &session, qint64 policyId, int version, int *queued = nullptr);

    // The policy's differences from the baseline it was copied from (empty when it has none).
    QList<PolicyDifference> differencesFromBaseline(const PolicyRecord &policy) const;

private:
    Status inTransaction(const std::function<Status()> &work);
    Status saveAndDeliver(const AdminSession &session, PolicyRecord &policy, const QJsonObject &body, const QString &action,
                          const QString &details, int *queued);
    // Delivers to the policy's devices, or only to those in `only` when given (a new assignment);
    // `note` says which Apple devices refused the policy and why, for the audit entry.
    Status deliver(const AdminSession &session, const PolicyRecord &policy, int *queued, const QList<qint64> *only = nullptr,
                   QString *note = nullptr, int *devices = nullptr);

    Database &m_db;
    std::function<qint64()> m_clock;
};
