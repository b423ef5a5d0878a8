#pragma once

#include "apple/AppleIdentity.h"
#include "core/Status.h"

#include <optional>

class Database;

// All SQL for apple_identities: the identity certificates SCEP issued, keyed by SHA-256.
class AppleIdentityRepository
{
public:
    explicit AppleIdentityRepository(Database &db);

    Status recordIssued(const QString &sha256, qint64 enrollmentId, qint64 deviceId, const QString &subject,
                        const QString &serial, qint64 issuedAt, qint64 notAfter);
    // With the enrollment's ownership; retired identities are found too (callers check state).
    std::optional<AppleIdentity> find(const QString &sha256) const;
    Status bind(const QString &sha256, qint64 deviceId, qint64 now);
    // CheckOut: the device's identities stop authenticating.
    Status retireDevice(qint64 deviceId);

private:
    Database &m_db;
};
