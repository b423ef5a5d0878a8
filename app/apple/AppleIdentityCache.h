#pragma once

#include "fleet/DeviceTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QReadWriteLock>
#include <QString>

// Signer certificate SHA-256 -> bound device, so that the Idle path costs no identity query. Entries
// live at most a minute (another console on a shared PostgreSQL database may check a device out);
// this process drops them itself on Authenticate and CheckOut. Thread-safe.
class AppleIdentityCache
{
public:
    struct Entry {
        qint64 deviceId = 0;
        Ownership ownership = Ownership::COPE;
    };
    static constexpr qint64 TimeToLiveMsec = 60 * 1000;
    static constexpr int MaxEntries = 200000;

    AppleIdentityCache() { m_clock.start(); }

    bool find(const QString &sha256, Entry &out) const;
    void insert(const QString &sha256, const Entry &entry);
    void remove(const QString &sha256);
    void removeDevice(qint64 deviceId);

private:
    struct Slot {
        Entry entry;
        qint64 insertedAt = 0;
    };
    mutable QReadWriteLock m_lock;
    QHash<QString, Slot> m_slots;
    QElapsedTimer m_clock;
};
