#pragma once

#include "core/Status.h"

#include <QHash>

class Database;

// Records when devices last talked to the endpoint (devices.last_seen). Never moves last_seen back.
class DeviceLastSeenRepository
{
public:
    explicit DeviceLastSeenRepository(Database &db);

    Status touch(qint64 deviceId, qint64 epochSeconds);
    // Many devices in one transaction with one prepared statement (the endpoint's coalesced writes).
    Status touchAll(const QHash<qint64, qint64> &lastSeenByDevice);

private:
    Database &m_db;
};
