#pragma once

#include "core/Status.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// Read access to the policies an Android device gets (policies, policy_assignments), and the one
// write enrollment needs: assigning the chosen policy to the new device.
class AndroidPolicyRepository
{
public:
    struct Row {
        qint64 id = 0;
        QString name;
        int version = 0;
        QString body; // JSON; its "android" object (if any) holds Policy fields that override the baseline
    };

    explicit AndroidPolicyRepository(Database &db);

    // The device's own assignment first, then a group's; Android or any-platform policies only.
    std::optional<Row> assignedTo(qint64 deviceId) const;
    std::optional<Row> find(qint64 policyId) const;
    std::optional<Row> findByName(const QString &name) const;
    QList<Row> androidPolicies() const;
    Status assign(qint64 policyId, qint64 deviceId, qint64 now);

private:
    QList<Row> select(const QString &sql, const QVariantList &values) const;
    Database &m_db;
};
