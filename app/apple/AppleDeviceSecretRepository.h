#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <optional>

class Database;

// All SQL for apple_device_secrets. Values arrive and leave sealed (FieldCipher): this class never
// sees an UnlockToken in clear.
class AppleDeviceSecretRepository
{
public:
    explicit AppleDeviceSecretRepository(Database &db);

    Status setUnlockToken(qint64 deviceId, const QByteArray &sealed, qint64 now);
    std::optional<QByteArray> unlockToken(qint64 deviceId) const;
    // Forgets the device's sealed secrets (a new identity took the record over).
    Status remove(qint64 deviceId);

private:
    Database &m_db;
};
