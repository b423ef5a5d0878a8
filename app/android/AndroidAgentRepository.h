#pragma once

#include "android/AndroidAgent.h"
#include "core/Status.h"

#include <optional>

class Database;

// All SQL for android_agents.
class AndroidAgentRepository
{
public:
    explicit AndroidAgentRepository(Database &db);

    // Inserts, or replaces the device's credential on re-enrollment (the old certificate stops working).
    Status upsert(const AndroidAgent &agent);
    std::optional<AndroidAgent> findByCertificate(const QString &sha256Hex) const;
    std::optional<AndroidAgent> findByDevice(qint64 deviceId) const;
    std::optional<AndroidAgent> findByEnrollment(qint64 enrollmentId) const;
    Status recordCheckIn(qint64 deviceId, const QString &managementMode, qint64 now);
    Status setPolicySent(qint64 deviceId, const QString &version);
    Status setPolicyApplied(qint64 deviceId, const QString &version);

private:
    std::optional<AndroidAgent> select(const char *column, const QVariant &value) const;
    Status exec(const QString &sql, const QVariantList &values);
    Database &m_db;
};
