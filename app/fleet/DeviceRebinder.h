#pragma once

#include "core/Status.h"
#include "security/Actor.h"

#include <QString>

class Database;

// What an expected re-enrollment (DeviceClaimPolicy decided a rebind) does to the record before the
// new identity is bound, inside the caller's transaction: the expectation is used up, the
// record's previous identities are retired, and nothing tied to them reaches the new one — the
// sealed UnlockToken is purged, every command queued before now is cancelled (a ClearPasscode
// would otherwise carry the new device's token to a command meant for the old), Lost Mode
// locations and state are dropped, the push token goes (the new device sends its own), an open
// shared-device session ends. Session history stays: it is the clinic's record, never served to a
// device. Audited as device.reenrolled with the old and new certificate SHA-256.
class DeviceRebinder
{
public:
    explicit DeviceRebinder(Database &db) : m_db(db) {}

    Status rebind(const Actor &device, qint64 deviceId, const QString &newIdentitySha256, qint64 now);

private:
    Database &m_db;
};
