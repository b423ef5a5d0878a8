#include "apple/AppleIdentityCache.h"

bool AppleIdentityCache::find(const QString &sha256, Entry &out) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_slots.constFind(sha256);
    if (it == m_slots.cend() || m_clock.elapsed() - it->insertedAt > TimeToLiveMsec)
        return false;
    out = it->entry;
    return true;
}

void AppleIdentityCache::insert(const QString &sha256, const Entry &entry)
{
    QWriteLocker lock(&m_lock);
    if (m_slots.size() >= MaxEntries)
        m_slots.clear(); // crude but bounded: the next requests refill it from the database
    m_slots.insert(sha256, {entry, m_clock.elapsed()});
}

void AppleIdentityCache::remove(const QString &sha256)
{
    QWriteLocker lock(&m_lock);
    m_slots.remove(sha256);
}

void AppleIdentityCache::removeDevice(qint64 deviceId)
{
    QWriteLocker lock(&m_lock);
    m_slots.removeIf([deviceId](const QHash<QString, Slot>::iterator &it) { return it->entry.deviceId == deviceId; });
}
