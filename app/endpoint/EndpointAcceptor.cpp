#include "endpoint/EndpointAcceptor.h"

#include "endpoint/EndpointShared.h"
#include "endpoint/EndpointWorker.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
// Evictions asked of workers and not yet done; the open count may exceed the cap by this much
// for a moment, which EndpointServer::connectionCapFor keeps descriptors in reserve for.
constexpr int MaxEvictionsInFlight = 16;
constexpr int AcceptRetryMsec = 100;
constexpr int EvictionPollMsec = 5;
constexpr int MaxPending = 1024;
} // namespace

EndpointAcceptor::EndpointAcceptor(std::shared_ptr<EndpointShared> shared, QList<EndpointWorker *> workers)
    : m_shared(std::move(shared)), m_workers(std::move(workers))
{
    // QTcpServer stops accepting for good when accept() fails for a reason other than a
    // temporary one — EMFILE/ENFILE included, so one burst over the open-files limit would leave
    // the endpoint deaf. Accept again shortly: descriptors free as connections close.
    connect(this, &QTcpServer::acceptError, this, [this] {
        QTimer::singleShot(AcceptRetryMsec, this, [this] {
            if (isListening())
                resumeAccepting();
        });
    });
}

void EndpointAcceptor::open(const QHostAddress &address, quint16 port)
{
    setMaxPendingConnections(MaxPending);
    setListenBacklogSize(1024); // a fleet reconnecting at once (after a restart) must not see refusals
    if (!listen(address, port)) {
        emit listenFailed(errorString());
        return;
    }
    emit listening(serverAddress(), serverPort());
}

void EndpointAcceptor::incomingConnection(qintptr descriptor)
{
    const EndpointLimits &limits = m_shared->limits;
    if (m_workers.isEmpty()
        || m_shared->bufferedRequestBytes.load(std::memory_order_relaxed) >= limits.maxBufferedRequestBytes
        || (m_shared->open.load(std::memory_order_relaxed) >= limits.maxConnections && !makeRoom())) {
        refuse(descriptor);
        return;
    }
    if (m_shared->evictionsInFlight.load(std::memory_order_relaxed) >= MaxEvictionsInFlight)
        holdBack();
    m_shared->open.fetch_add(1, std::memory_order_relaxed);
    m_shared->accepted.fetch_add(1, std::memory_order_relaxed);
    // Least connections first; round robin among equals spreads a burst of new clients.
    int target = -1;
    for (int i = 0; i < m_workers.size(); ++i) {
        const int candidate = (m_next + i) % int(m_workers.size());
        if (target < 0 || m_workers.at(candidate)->connectionCount() < m_workers.at(target)->connectionCount())
            target = candidate;
    }
    m_next = (m_next + 1) % int(m_workers.size());
    // Registered before the worker adopts it, so that it can be evicted from the start.
    const quint64 id = m_shared->nextConnectionId.fetch_add(1, std::memory_order_relaxed);
    m_shared->handshakes.add(id, target);
    EndpointWorker *worker = m_workers.at(target);
    QMetaObject::invokeMethod(worker, [worker, descriptor, id] { worker->adopt(descriptor, id); }, Qt::QueuedConnection);
}

// At the cap: asks the worker holding the oldest handshaking connection to close it. The
// newcomer is accepted at once; the eviction lands within one turn of that worker's event loop.
bool EndpointAcceptor::makeRoom()
{
    if (m_shared->evictionsInFlight.load(std::memory_order_relaxed) >= MaxEvictionsInFlight)
        return false;
    quint64 id = 0;
    int index = -1;
    if (!m_shared->handshakes.takeOldest(id, index) || index < 0 || index >= m_workers.size())
        return false;
    m_shared->evictionsInFlight.fetch_add(1, std::memory_order_relaxed);
    EndpointWorker *worker = m_workers.at(index);
    QMetaObject::invokeMethod(worker, [worker, id] { worker->evict(id); }, Qt::QueuedConnection);
    return true;
}

void EndpointAcceptor::refuse(qintptr descriptor)
{
    m_shared->refused.fetch_add(1, std::memory_order_relaxed);
    QTcpSocket refused;
    if (refused.setSocketDescriptor(descriptor))
        refused.abort();
}

// A burst of newcomers at the cap outruns the workers' evictions: rather than refuse the newest
// (the silent crowd would then keep its place), accepting pauses — the rest of the burst waits in
// the kernel's backlog — until the evictions asked for are done. A zero pending limit is what
// stops QTcpServer's accept loop at once (pauseAccepting alone only takes effect after it).
void EndpointAcceptor::holdBack()
{
    if (m_holdingBack)
        return;
    m_holdingBack = true;
    setMaxPendingConnections(0);
    pauseAccepting();
    waitForEvictions();
}

void EndpointAcceptor::waitForEvictions()
{
    QTimer::singleShot(EvictionPollMsec, this, [this] {
        if (m_shared->evictionsInFlight.load(std::memory_order_relaxed) >= MaxEvictionsInFlight) {
            waitForEvictions();
            return;
        }
        m_holdingBack = false;
        setMaxPendingConnections(MaxPending);
        if (isListening())
            resumeAccepting();
    });
}
