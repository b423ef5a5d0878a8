#pragma once

#include "core/Status.h"
#include "endpoint/EndpointContext.h"
#include "endpoint/HttpResponse.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class Database;
class DeviceSeenRecorder;
class EndpointConnection;
class QTimer;
class RequestHandler;
struct EndpointShared;
struct HttpRequest;

// One worker thread of the endpoint: its own event loop, its own connection to the fleet database
// (the EndpointContext its handlers get), and the TLS connections the acceptor hands it. Lives in
// its QThread; the server talks to it only through queued calls.
class EndpointWorker : public QObject, public EndpointContext
{
    Q_OBJECT
public:
    EndpointWorker(std::shared_ptr<EndpointShared> shared, const Database &mainDatabase, int index);
    ~EndpointWorker() override;

    // Monotonic milliseconds, for deadlines.
    static qint64 nowMsec();

    int index() const { return m_index; }
    int connectionCount() const { return m_connections.load(std::memory_order_relaxed); }

    // --- called on the worker's own thread ---
    void begin();                  // opens the database; emits ready()
    void adopt(qintptr descriptor, quint64 connectionId); // an accepted TCP connection
    // The acceptor needs room: closes that connection if it is still in its TLS handshake.
    void evict(quint64 connectionId);
    void shutdown();               // closes connections gracefully, then the database; emits done()
    void shutdownNow();            // the same without waiting for peers (destruction)

    HttpResponse dispatch(RequestHandler &handler, const HttpRequest &request);
    QByteArray httpDate();

    // EndpointContext
    Database &database() override;
    void recordDeviceSeen(qint64 deviceId, qint64 epochSeconds) override;
    void auditRefusal(const EndpointRefusal &refusal) override;

signals:
    void ready(int index, const Status &status);
    void done(int index);

private:
    void sweep();
    void relieveMemoryPressure();
    void remove(EndpointConnection *connection);
    void closeDatabase();

    std::shared_ptr<EndpointShared> m_shared;
    const Database &m_mainDatabase;
    int m_index;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeviceSeenRecorder> m_seen;
    QList<EndpointConnection *> m_live;
    std::atomic<int> m_connections{0};
    QTimer *m_sweepTimer = nullptr;
    QTimer *m_graceTimer = nullptr;
    bool m_shuttingDown = false;
    bool m_done = false;
    qint64 m_dateSecond = -1;
    QByteArray m_date;
    QHostAddress m_servingPeer; // the peer of the request dispatch() is serving
    qint64 m_lastFlushMsec = 0;
    bool m_pressureAtLastSweep = false;
};
