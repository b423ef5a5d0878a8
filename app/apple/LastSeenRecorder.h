#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <atomic>

class Database;

// Coalesces devices' last_seen writes. Every check-in updates last_seen; written one by one, a
// fleet polling at thousands of requests a second would need as many durable commits (SQLite has
// one writer, and each commit of a WAL database waits for the disk). Instead a request records the
// time here (a hash insert under a mutex) and, at most every FlushIntervalMsec, whichever worker
// thread comes along writes everything pending in ONE transaction on its own connection. last_seen
// is thus at most ~250 ms (plus the gap to the next request) behind; flush() writes the rest, e.g.
// when the server stops. Nothing here blocks a request on another request's flush.
class LastSeenRecorder
{
public:
    static constexpr qint64 FlushIntervalMsec = 250;

    LastSeenRecorder() { m_sinceFlush.start(); }

    // Records the time and, when the interval has passed and no other thread is flushing, flushes.
    void record(qint64 deviceId, qint64 nowSeconds, Database &db);
    // Writes everything pending now. False when the write failed (the entries are kept).
    bool flush(Database &db);
    int pendingCount() const;

private:
    mutable QMutex m_mutex;
    QHash<qint64, qint64> m_pending;
    QElapsedTimer m_sinceFlush;
    std::atomic_bool m_flushing{false};
};
