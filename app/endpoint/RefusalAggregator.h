#pragma once

#include "endpoint/EndpointRefusal.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <functional>

class Database;

// Keeps what peers without a known identity can make the endpoint write to the append-only audit
// trail small. Their refusals are counted per (source, action, reason, device) and written as one
// entry per minute carrying the count, the window and the first refusal's details; each source
// gets at most `rowsPerSourcePerHour` such entries an hour, after which its refusals are only
// counted and one "endpoint.refusal.limit" entry with that count is written when the hour ends.
// A source is an IPv4 address or an IPv6 /64 (one host owns a whole /64); beyond `maxSources`
// tracked at once, new sources share one bucket. Refusals of a known identity are written at once.
//
// One instance is shared by the endpoint's worker threads (thread-safe). Entries are written on
// the calling thread with the caller's database connection, outside the lock: by submit() when a
// window has ended, by flushDue() (each worker's sweep) and by flushAll() (each worker's shutdown).
class RefusalAggregator
{
public:
    using Clock = std::function<qint64()>; // epoch seconds
    struct Limits {
        qint64 windowSeconds = 60;
        int rowsPerSourcePerHour = 30;
        int maxSources = 1024;
    };
    static constexpr char LimitAction[] = "endpoint.refusal.limit";

    RefusalAggregator();
    explicit RefusalAggregator(Limits limits);
    void setClock(Clock clock); // tests; before the server starts
    Limits limits() const { return m_limits; }

    void submit(Database &db, const EndpointRefusal &refusal);
    void flushDue(Database &db);
    void flushAll(Database &db);

private:
    struct Bucket {
        EndpointRefusal first;
        qint64 window = 0;
        qint64 count = 0;
        qint64 lastAt = 0;
    };
    struct Source {
        qint64 hour = 0;
        int rows = 0;
        qint64 unitemised = 0;
        EndpointRefusal sample;
    };

    QString sourceKey(const QHostAddress &address) const;
    EndpointRefusal bucketEntry(const Bucket &b) const;
    EndpointRefusal limitEntry(const Source &s) const;
    // Moves everything whose window or hour ended before `now` (everything when `all`) to `out`.
    void takeDue(qint64 now, bool all, QList<EndpointRefusal> &out);
    static void write(Database &db, const QList<EndpointRefusal> &entries);

    const Limits m_limits;
    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    QHash<QString, Source> m_sources;
    qint64 m_nextDue = 0; // no bucket or source hour ends before this (epoch seconds)
};
