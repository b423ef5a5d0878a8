#pragma once

#include "core/Status.h"
#include "lost/DeviceLocation.h"

#include <QList>
#include <optional>

class Database;

// All SQL for device_locations. Keeps only the newest kKeptPerDevice locations of each device: a
// lost device's trail is for finding it, not for following a person.
class LocationRepository
{
public:
    static constexpr int kKeptPerDevice = 10;

    explicit LocationRepository(Database &db) : m_db(db) {}

    // Sets location.id; prunes the device's older rows in the same (caller's) transaction.
    Status record(DeviceLocation &location);
    std::optional<DeviceLocation> latest(qint64 deviceId) const;
    QList<DeviceLocation> list(qint64 deviceId) const; // newest first
    Status removeAll(qint64 deviceId);

private:
    Database &m_db;
};
