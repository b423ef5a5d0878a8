#pragma once

#include "endpoint/EndpointHandshakeQueue.h"
#include "endpoint/EndpointLimits.h"
#include "endpoint/EndpointRouteTable.h"
#include "endpoint/EndpointStats.h"
#include "endpoint/RefusalAggregator.h"

#include <QSslConfiguration>

#include <atomic>
#include <memory>

// What the acceptor and every worker thread of one running server share: the configuration (set
// before the threads start, then only read), the counters (atomics), the process-wide memory
// budget's account and the queue of connections still in their TLS handshake.
struct EndpointShared {
    EndpointLimits limits;
    EndpointRouteTable routes;
    QSslConfiguration tls;
    std::shared_ptr<RefusalAggregator> refusals; // never null

    std::atomic<quint64> requests{0};
    std::atomic<quint64> status2xx{0};
    std::atomic<quint64> status4xx{0};
    std::atomic<quint64> status5xx{0};
    std::atomic<quint64> accepted{0};
    std::atomic<quint64> refused{0};
    std::atomic<quint64> handshakeFailures{0};
    std::atomic<quint64> evicted{0}; // handshaking connections closed to make room (EndpointHandshakeQueue)
    std::atomic<quint64> shed{0};    // closed over their buffer cap or under the process-wide budget
    std::atomic<int> open{0};
    // Request bytes all connections hold, against limits.maxBufferedRequestBytes: each connection
    // reserves before it reads (fetch_add, then gives back what overran) and returns them as its
    // requests are served, so the sum never exceeds the budget by more than one read in flight.
    std::atomic<qint64> bufferedRequestBytes{0};
    std::atomic<int> deferredConnections{0}; // connections whose next read waits for the budget
    std::atomic<quint64> nextConnectionId{1};
    std::atomic<int> evictionsInFlight{0}; // asked of a worker, not yet done
    EndpointHandshakeQueue handshakes;
    // Per worker thread (by index): the most request bytes one of its connections held at its
    // last sweep, so that under budget pressure only the worker with the largest holder sheds it.
    std::unique_ptr<std::atomic<qint64>[]> largestHeldByWorker;
    int workerCount = 0;

    void setWorkerCount(int count)
    {
        largestHeldByWorker = std::make_unique<std::atomic<qint64>[]>(size_t(count));
        for (int i = 0; i < count; ++i)
            largestHeldByWorker[i].store(0, std::memory_order_relaxed);
        workerCount = count;
    }
    qint64 largestHeldElsewhere(int workerIndex) const
    {
        qint64 largest = 0;
        for (int i = 0; i < workerCount; ++i)
            if (i != workerIndex)
                largest = qMax(largest, largestHeldByWorker[i].load(std::memory_order_relaxed));
        return largest;
    }

    void countStatus(int status)
    {
        requests.fetch_add(1, std::memory_order_relaxed);
        if (status >= 500)
            status5xx.fetch_add(1, std::memory_order_relaxed);
        else if (status >= 400)
            status4xx.fetch_add(1, std::memory_order_relaxed);
        else if (status >= 200 && status < 300)
            status2xx.fetch_add(1, std::memory_order_relaxed);
    }

    EndpointStats snapshot() const
    {
        EndpointStats s;
        s.requests = requests.load(std::memory_order_relaxed);
        s.status2xx = status2xx.load(std::memory_order_relaxed);
        s.status4xx = status4xx.load(std::memory_order_relaxed);
        s.status5xx = status5xx.load(std::memory_order_relaxed);
        s.connectionsAccepted = accepted.load(std::memory_order_relaxed);
        s.connectionsRefused = refused.load(std::memory_order_relaxed);
        s.handshakeFailures = handshakeFailures.load(std::memory_order_relaxed);
        s.openConnections = open.load(std::memory_order_relaxed);
        s.connectionsEvicted = evicted.load(std::memory_order_relaxed);
        s.connectionsShed = shed.load(std::memory_order_relaxed);
        s.bufferedRequestBytes = bufferedRequestBytes.load(std::memory_order_relaxed);
        s.connectionCap = limits.maxConnections;
        return s;
    }
};
