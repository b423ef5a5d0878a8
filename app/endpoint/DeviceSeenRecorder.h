#pragma once

#include <QHash>

class Database;

// Coalesces "device X was seen now" notes of one worker thread and writes them in one transaction
// per flush (the worker flushes about once a second and at shutdown). A busy endpoint thus writes
// last_seen once per device per second instead of once per check-in; a crash loses at most that
// second of last_seen, which is informational (commands and results are written at once by their
// handlers).
class DeviceSeenRecorder
{
public:
    explicit DeviceSeenRecorder(Database &db) : m_db(db) {}

    void note(qint64 deviceId, qint64 epochSeconds);
    void flush();
    int pending() const { return int(m_pending.size()); }

private:
    Database &m_db;
    QHash<qint64, qint64> m_pending;
};
