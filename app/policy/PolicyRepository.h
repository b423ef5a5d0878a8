#pragma once

#include "core/Status.h"
#include "policy/PolicyRecord.h"

#include <QHash>
#include <QList>
#include <optional>

class Database;

// All SQL for policies, policy_versions and policy_assignments. Callers own transactions.
class PolicyRepository
{
public:
    explicit PolicyRepository(Database &db);

    // Inserts the policy at version 1 and its first policy_versions row; sets id.
    Status insert(PolicyRecord &policy, const QString &createdBy, qint64 nowSeconds);
    // Stores `body` as the next version; sets policy.version/body/updatedAt.
    Status saveVersion(PolicyRecord &policy, const QJsonObject &body, const QString &createdBy, qint64 nowSeconds);

    std::optional<PolicyRecord> findById(qint64 id) const;
    std::optional<PolicyRecord> findByName(const QString &name) const;
    QList<PolicyRecord> list() const;
    QList<PolicyVersionRecord> versions(qint64 policyId) const; // newest first
    std::optional<PolicyVersionRecord> version(qint64 policyId, int version) const;

    // A target has one policy: assigning replaces the target's earlier assignment (to any policy).
    Status assignGroup(qint64 policyId, qint64 groupId, qint64 nowSeconds);
    Status assignDevice(qint64 policyId, qint64 deviceId, qint64 nowSeconds);
    QList<PolicyAssignmentRecord> assignments(qint64 policyId) const;
    // device id -> policy id for every device with a policy: a device's own assignment beats its
    // groups', and among groups the latest assignment wins. One query.
    QHash<qint64, qint64> effectivePolicies() const;
    QList<qint64> devicesOf(qint64 policyId) const; // devices whose effective policy is this one

    struct Target {
        qint64 deviceId = 0;
        Platform platform = Platform::iOS;
        Ownership ownership = Ownership::COPE;
    };
    // The enrolled (or unreachable, still managed) devices whose effective policy is this one.
    QList<Target> deliveryTargets(qint64 policyId) const;

private:
    QList<PolicyRecord> select(const QString &where, const QVariantList &values) const;
    Database &m_db;
};
