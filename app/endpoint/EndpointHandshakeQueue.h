#pragma once

#include <QMutex>
#include <QtGlobal>

#include <map>

// The connections of a running endpoint that have not finished their TLS handshake, oldest first,
// across all worker threads. When the server holds its connection cap, the acceptor makes room for
// a newcomer by closing the oldest of these (see EndpointAcceptor) rather than refusing everyone:
// silent TCP connections (a flood, or clients that vanished) are always the oldest, because a real
// client finishes its handshake within milliseconds. Connection ids grow in accept order, so the
// smallest id is the oldest. Thread-safe: the acceptor adds and takes, workers remove.
class EndpointHandshakeQueue
{
public:
    void add(quint64 connectionId, int workerIndex);
    // The connection finished its handshake or closed; nothing when it is no longer queued.
    void remove(quint64 connectionId);
    // Takes the oldest connection out of the queue; false when none is handshaking.
    bool takeOldest(quint64 &connectionId, int &workerIndex);
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    std::map<quint64, int> m_workerById;
};
