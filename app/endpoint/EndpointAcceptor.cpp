#include "endpoint/EndpointAcceptor.h"

#include "endpoint/EndpointShared.h"
#include "endpoint/EndpointWorker.h"

#include <QTcpSocket>

EndpointAcceptor::EndpointAcceptor(std::shared_ptr<EndpointShared> shared, QList<EndpointWorker *> workers)
    : m_shared(std::move(shared)), m_workers(std::move(workers))
{
}

void EndpointAcceptor::open(const QHostAddress &address, quint16 port)
{
    setMaxPendingConnections(1024);
    setListenBacklogSize(1024); // a fleet reconnecting at once (after a restart) must not see refusals
    if (!listen(address, port)) {
        emit listenFailed(errorString());
        return;
    }
    emit listening(serverAddress(), serverPort());
}

void EndpointAcceptor::incomingConnection(qintptr descriptor)
{
    if (m_shared->open.load(std::memory_order_relaxed) >= m_shared->limits.maxConnections || m_workers.isEmpty()) {
        m_shared->refused.fetch_add(1, std::memory_order_relaxed);
        QTcpSocket refused;
        if (refused.setSocketDescriptor(descriptor))
            refused.abort();
        return;
    }
    m_shared->open.fetch_add(1, std::memory_order_relaxed);
    m_shared->accepted.fetch_add(1, std::memory_order_relaxed);
    // Least connections first; round robin among equals spreads a burst of new clients.
    EndpointWorker *target = nullptr;
    for (int i = 0; i < m_workers.size(); ++i) {
        EndpointWorker *w = m_workers.at((m_next + i) % m_workers.size());
        if (!target || w->connectionCount() < target->connectionCount())
            target = w;
    }
    m_next = (m_next + 1) % m_workers.size();
    QMetaObject::invokeMethod(target, [target, descriptor] { target->adopt(descriptor); }, Qt::QueuedConnection);
}
