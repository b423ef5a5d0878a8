#pragma once

#include "endpoint/EndpointLimits.h"
#include "endpoint/EndpointRouteTable.h"
#include "endpoint/EndpointStats.h"
#include "endpoint/RefusalAggregator.h"

#include <QSslConfiguration>

#include <atomic>
#include <memory>

// What the acceptor and every worker thread of one running server share: the configuration (set
// before the threads start, then only read) and the counters (atomics).
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
    std::atomic<int> open{0};

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
        return s;
    }
};
