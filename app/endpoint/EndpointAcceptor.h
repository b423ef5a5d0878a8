#pragma once

#include <QList>
#include <QTcpServer>

#include <memory>

class EndpointWorker;
struct EndpointShared;

// The endpoint's listening socket, on a thread of its own so that accepting never waits for the
// GUI or for a busy worker: each accepted connection goes to the worker with the fewest
// connections. At the connection cap it makes room by closing the oldest connection still in its
// TLS handshake (EndpointHandshakeQueue), pausing while too many evictions are under way; only
// when none is handshaking, or while the process-wide memory budget for request bytes is spent,
// is the newcomer closed at once.
class EndpointAcceptor : public QTcpServer
{
    Q_OBJECT
public:
    EndpointAcceptor(std::shared_ptr<EndpointShared> shared, QList<EndpointWorker *> workers);

    // On the acceptor's thread: emits listening() or listenFailed().
    void open(const QHostAddress &address, quint16 port);

signals:
    void listening(const QHostAddress &address, quint16 port);
    void listenFailed(const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool makeRoom();
    void refuse(qintptr descriptor);
    void holdBack();
    void waitForEvictions();

    std::shared_ptr<EndpointShared> m_shared;
    QList<EndpointWorker *> m_workers;
    int m_next = 0;
    bool m_holdingBack = false;
};
