#pragma once

#include "core/OpenFileLimit.h"
#include "core/Status.h"
#include "endpoint/EndpointLimits.h"
#include "endpoint/EndpointRouteTable.h"
#include "endpoint/EndpointStats.h"
#include "pki/TlsIdentity.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

class Database;
class EndpointAcceptor;
class EndpointWorker;
class QThread;
class QTimer;
class RefusalAggregator;
class RequestHandler;
struct EndpointShared;

// The HTTPS server devices connect to. TLS 1.2 or later only, HTTP/1.1 with keep-alive. One thread
// accepts; N worker threads (default: the ideal thread count) each run their own event loop, own
// their TLS connections and their own connection to the fleet database, and call the handlers —
// so signature checks and database writes never run on the GUI thread, and the GUI thread never
// waits for the server: start() and stop() return at once and report through signals.
//
// Requests are routed by exact path, or by the longest prefix for routes declared with sub-paths
// (EndpointRouteTable); unknown paths get 404. Each
// route has a body limit (413, answered from the head without reading the body). Request bodies
// and secrets are never logged.
//
// start() raises the process's soft open-files limit to its hard limit and lowers the connection
// cap to what that leaves (connectionCapFor); memory and connection limits: see EndpointLimits.
class EndpointServer : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping };

    // `database` must stay open while the server runs: workers open their own connections from it.
    explicit EndpointServer(Database &database, QObject *parent = nullptr);
    ~EndpointServer() override; // stops and waits for the threads

    // Configuration, while stopped.
    void setLimits(const EndpointLimits &limits);
    EndpointLimits limits() const { return m_limits; }
    // The server certificate (EC or RSA), its key and chain. Checked here; InvalidInput if unusable.
    Status setTlsIdentity(const TlsIdentity &identity);
    // CA certificates (PEM) a client certificate should chain to (peerCertificateTrusted).
    void setClientCaCertificates(const QByteArray &pem);
    void addRoute(const QByteArray &path, std::shared_ptr<RequestHandler> handler, qint64 maxBodyBytes,
                  EndpointRouteTable::Scope scope = EndpointRouteTable::Scope::Exact);
    QList<QByteArray> routes() const { return m_routes.paths(); }
    // Where handlers send refusals of unknown peers; flushed by the workers (sweep, shutdown).
    const std::shared_ptr<RefusalAggregator> &refusals() const { return m_refusals; }

    void start(const QHostAddress &address, quint16 port);
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    int workerCount() const { return int(m_workers.size()); }
    // While running: the connection cap in force (limits().maxConnections lowered to the
    // open-files limit) and that limit as start() found and left it.
    int connectionCap() const { return m_connectionCap; }
    OpenFileLimit openFileLimit() const { return m_openFiles; }

    // The cap for `configured` connections under a soft open-files limit of `softLimit` with
    // `openNow` descriptors already in use (-1: unknown). Keeps back a reserve for what else the
    // process opens — the fleet database (a connection per worker, journal files or PostgreSQL
    // sockets), logs, push (HTTP/2 to APNs and FCM), adb, Qt's event and listening descriptors,
    // the acceptor's evictions in flight — of 64 plus a sixteenth of the limit. At least 1.
    static int connectionCapFor(int configured, qint64 softLimit, int openNow);
    EndpointStats stats() const;

signals:
    void started(const QHostAddress &address, quint16 port);
    void failed(const QString &reason);
    void stopped();
    // At most once a second while running, when a counter changed.
    void statsChanged(const EndpointStats &stats);

private:
    void onWorkerReady(int index, const Status &status);
    void onListening(const QHostAddress &address, quint16 port);
    void onThreadFinished();
    void abortStart(const QString &reason);
    void beginStop();
    void stopNow();
    void cleanUp();
    void publishStats();

    Database &m_database;
    EndpointLimits m_limits;
    EndpointRouteTable m_routes;
    std::shared_ptr<RefusalAggregator> m_refusals;
    QSslConfiguration m_tls;
    bool m_haveIdentity = false;
    State m_state = State::Stopped;
    QString m_failure;
    QHostAddress m_requestedAddress;
    quint16 m_requestedPort = 0;
    QHostAddress m_address;
    quint16 m_port = 0;

    std::shared_ptr<EndpointShared> m_shared;
    QList<QThread *> m_threads;
    QList<EndpointWorker *> m_workers;
    EndpointAcceptor *m_acceptor = nullptr;
    QThread *m_acceptorThread = nullptr;
    int m_workersReady = 0;
    int m_threadsRunning = 0;
    QTimer *m_statsTimer = nullptr;
    quint64 m_lastPublished = ~quint64(0);
    int m_connectionCap = 0;
    OpenFileLimit m_openFiles;
};
