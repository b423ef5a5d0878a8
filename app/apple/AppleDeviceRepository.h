#pragma once

#include "core/Status.h"

#include <QHash>
#include <QString>

class Database;

// The few device writes the Apple endpoint needs beyond DeviceRepository: lookup by UDID, the
// enrollment state, and last_seen for many devices at once.
class AppleDeviceRepository
{
public:
    explicit AppleDeviceRepository(Database &db);

    qint64 idByUdid(const QString &udid) const; // 0 when none
    Status setEnrollmentState(qint64 deviceId, const QString &state, qint64 now);
    // One prepared UPDATE per device; the caller owns the transaction.
    Status touchLastSeen(const QHash<qint64, qint64> &lastSeenByDevice);

private:
    Database &m_db;
};
