#pragma once

#include <QStringList>

class Database;

// What identities a device record has had, across both platforms: Apple identity certificates
// (apple_identities) and Android agent credentials (android_agents). Reads only.
class DeviceIdentityRepository
{
public:
    explicit DeviceIdentityRepository(Database &db) : m_db(db) {}

    // SHA-256 of every identity that can still speak for the device: a bound, unexpired Apple
    // identity; an unrevoked, unexpired agent credential of a device neither unenrolled nor wiped.
    QStringList liveIdentities(qint64 deviceId, qint64 now) const;
    // Whether any identity was ever bound to the record (or an enrollment completed on it): false
    // only for inventory rows (CSV import, pre-registration) that no device has claimed yet.
    bool everBound(qint64 deviceId) const;

private:
    Database &m_db;
};
