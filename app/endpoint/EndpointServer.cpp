#include "endpoint/EndpointServer.h"

#include "endpoint/EndpointAcceptor.h"
#include "endpoint/EndpointShared.h"
#include "endpoint/EndpointWorker.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <QTimer>

namespace {

QSslKey readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}
} // namespace

EndpointServer::EndpointServer(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_refusals(std::make_shared<RefusalAggregator>())
{
    qRegisterMetaType<EndpointStats>();
    qRegisterMetaType<Status>();
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setCaCertificates({});
}

EndpointServer::~EndpointServer() { stopNow(); }

void EndpointServer::setLimits(const EndpointLimits &limits) { m_limits = limits; }

Status EndpointServer::setTlsIdentity(const TlsIdentity &identity)
{
    const QList<QSslCertificate> leaf = QSslCertificate::fromData(identity.certificatePem, QSsl::Pem);
    if (leaf.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("The endpoint's TLS certificate is unreadable."));
    const QSslKey key = readKey(identity.privateKeyPem);
    if (key.isNull())
        return Status::failure(ErrorCode::InvalidInput, tr("The endpoint's TLS private key is unreadable."));
    QList<QSslCertificate> chain{leaf.first()};
    chain += QSslCertificate::fromData(identity.chainPem, QSsl::Pem);
    m_tls.setLocalCertificateChain(chain);
    m_tls.setPrivateKey(key);
    m_haveIdentity = true;
    return Status::success();
}

void EndpointServer::setClientCaCertificates(const QByteArray &pem)
{
    m_tls.setCaCertificates(QSslCertificate::fromData(pem, QSsl::Pem));
}

void EndpointServer::addRoute(const QByteArray &path, std::shared_ptr<RequestHandler> handler, qint64 maxBodyBytes,
                              EndpointRouteTable::Scope scope)
{
    if (m_state != State::Stopped) {
        qWarning("endpoint: routes can only change while the server is stopped");
        return;
    }
    m_routes.add(path, std::move(handler), maxBodyBytes, scope);
}

int EndpointServer::connectionCapFor(int configured, qint64 softLimit, int openNow)
{
    if (softLimit < 0 || softLimit == OpenFileLimit::Unlimited)
        return qMax(1, configured);
    const qint64 reserve = 64 + softLimit / 16 + qMax(0, openNow);
    return int(qBound(qint64(1), softLimit - reserve, qint64(qMax(1, configured))));
}

EndpointStats EndpointServer::stats() const { return m_shared ? m_shared->snapshot() : EndpointStats(); }

void EndpointServer::start(const QHostAddress &address, quint16 port)
{
    if (m_state != State::Stopped)
        return;
    if (!m_haveIdentity) {
        QTimer::singleShot(0, this, [this] { emit failed(tr("The endpoint has no TLS certificate.")); });
        return;
    }
    m_state = State::Starting;
    m_failure.clear();
    m_requestedAddress = address;
    m_requestedPort = port;
    m_openFiles = OpenFileLimit::raiseToHard();
    m_shared = std::make_shared<EndpointShared>();
    m_shared->limits = m_limits;
    m_shared->routes = m_routes;
    m_shared->refusals = m_refusals;
    m_shared->tls = m_tls;
    m_shared->tls.setPeerVerifyMode(m_limits.requestClientCertificate ? QSslSocket::QueryPeer : QSslSocket::VerifyNone);
    const int count = m_limits.workerThreads > 0 ? m_limits.workerThreads : qMax(1, QThread::idealThreadCount());
    m_shared->setWorkerCount(count);
    m_workersReady = 0;
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("endpoint-worker-%1").arg(i));
        auto *worker = new EndpointWorker(m_shared, m_database, i);
        worker->moveToThread(thread);
        connect(worker, &EndpointWorker::ready, this, &EndpointServer::onWorkerReady);
        connect(worker, &EndpointWorker::done, thread, &QThread::quit, Qt::DirectConnection);
        connect(thread, &QThread::finished, this, &EndpointServer::onThreadFinished);
        m_threads.append(thread);
        m_workers.append(worker);
        ++m_threadsRunning;
        thread->start();
        QMetaObject::invokeMethod(worker, &EndpointWorker::begin, Qt::QueuedConnection);
    }
}

void EndpointServer::onWorkerReady(int, const Status &status)
{
    if (m_state != State::Starting)
        return;
    if (!status) {
        abortStart(tr("A worker thread could not open the fleet database: %1").arg(status.message()));
        return;
    }
    if (++m_workersReady < m_workers.size())
        return;
    // Measured now that every worker holds its database (with its WAL and shared-memory files):
    // counted before, those descriptors would come out of the reserve and accept() could hit
    // EMFILE below the cap — where no eviction can happen. Only the acceptor reads the cap, and
    // it starts after this.
    m_connectionCap = connectionCapFor(m_limits.maxConnections, m_openFiles.soft(), OpenFileLimit::openDescriptors());
    m_shared->limits.maxConnections = m_connectionCap;
    m_acceptorThread = new QThread;
    m_acceptorThread->setObjectName(QStringLiteral("endpoint-acceptor"));
    m_acceptor = new EndpointAcceptor(m_shared, m_workers);
    m_acceptor->moveToThread(m_acceptorThread);
    connect(m_acceptor, &EndpointAcceptor::listening, this, &EndpointServer::onListening);
    connect(m_acceptor, &EndpointAcceptor::listenFailed, this, [this](const QString &reason) {
        abortStart(tr("Cannot listen on %1 port %2: %3").arg(m_requestedAddress.toString()).arg(m_requestedPort).arg(reason));
    });
    connect(m_acceptorThread, &QThread::finished, this, &EndpointServer::onThreadFinished);
    ++m_threadsRunning;
    m_acceptorThread->start();
    EndpointAcceptor *acceptor = m_acceptor;
    const QHostAddress address = m_requestedAddress;
    const quint16 port = m_requestedPort;
    QMetaObject::invokeMethod(acceptor, [acceptor, address, port] { acceptor->open(address, port); }, Qt::QueuedConnection);
}

void EndpointServer::onListening(const QHostAddress &address, quint16 port)
{
    if (m_state != State::Starting)
        return;
    m_state = State::Running;
    m_address = address;
    m_port = port;
    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, &EndpointServer::publishStats);
    m_statsTimer->start();
    emit started(address, port);
}

void EndpointServer::publishStats()
{
    const EndpointStats s = stats();
    const quint64 signature = s.requests * 31 + s.connectionsAccepted * 7 + quint64(s.openConnections)
                              + (s.connectionsEvicted + s.connectionsShed + s.connectionsRefused) * 13;
    if (signature == m_lastPublished)
        return;
    m_lastPublished = signature;
    emit statsChanged(s);
}

void EndpointServer::abortStart(const QString &reason)
{
    m_failure = reason;
    beginStop();
}

void EndpointServer::stop()
{
    if (m_state == State::Running || m_state == State::Starting)
        beginStop();
}

void EndpointServer::beginStop()
{
    if (m_state == State::Stopping || m_state == State::Stopped)
        return;
    m_state = State::Stopping;
    if (m_statsTimer)
        m_statsTimer->stop();
    if (m_acceptor) {
        EndpointAcceptor *acceptor = m_acceptor;
        QMetaObject::invokeMethod(acceptor, [acceptor] {
            acceptor->close();
            QThread::currentThread()->quit();
        }, Qt::QueuedConnection);
    }
    for (EndpointWorker *w : std::as_const(m_workers))
        QMetaObject::invokeMethod(w, &EndpointWorker::shutdown, Qt::QueuedConnection);
}

void EndpointServer::onThreadFinished()
{
    if (--m_threadsRunning > 0 || m_state != State::Stopping)
        return;
    cleanUp();
    const QString failure = m_failure;
    m_failure.clear();
    if (!failure.isEmpty())
        emit failed(failure);
    else
        emit stopped();
}

void EndpointServer::stopNow()
{
    if (m_threads.isEmpty() && !m_acceptorThread)
        return;
    if (m_acceptorThread) {
        if (m_acceptorThread->isRunning()) {
            EndpointAcceptor *acceptor = m_acceptor;
            QMetaObject::invokeMethod(acceptor, [acceptor] { acceptor->close(); }, Qt::BlockingQueuedConnection);
        }
        m_acceptorThread->quit();
        m_acceptorThread->wait();
    }
    for (int i = 0; i < m_threads.size(); ++i) {
        if (m_threads[i]->isRunning())
            QMetaObject::invokeMethod(m_workers[i], &EndpointWorker::shutdownNow, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
    }
    cleanUp();
}

void EndpointServer::cleanUp()
{
    for (QThread *t : std::as_const(m_threads))
        disconnect(t, nullptr, this, nullptr);
    if (m_acceptorThread)
        disconnect(m_acceptorThread, nullptr, this, nullptr);
    delete m_acceptor;
    m_acceptor = nullptr;
    delete m_acceptorThread;
    m_acceptorThread = nullptr;
    qDeleteAll(m_workers);
    m_workers.clear();
    qDeleteAll(m_threads);
    m_threads.clear();
    m_threadsRunning = 0;
    delete m_statsTimer;
    m_statsTimer = nullptr;
    m_state = State::Stopped;
    m_address = QHostAddress();
    m_port = 0;
}
