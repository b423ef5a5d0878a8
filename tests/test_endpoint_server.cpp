#include "EndpointTestServer.h"
#include "HttpsTestClient.h"
#include "TestDatabase.h"

#include "endpoint/EndpointContext.h"
#include "endpoint/EndpointServer.h"
#include "endpoint/HealthHandler.h"
#include "endpoint/RequestHandler.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateInfo.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

namespace {

// Echoes what the server parsed, so tests see exactly what a handler would get.
struct EchoHandler : RequestHandler {
    HttpResponse handle(const HttpRequest &r, EndpointContext &) override
    {
        QByteArray text = r.method + ' ' + r.path + " q=" + r.rawQuery + " body=" + QByteArray::number(r.body.size())
                          + " sha=" + QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex().left(16)
                          + " cert=" + QCryptographicHash::hash(r.peerCertificateDer, QCryptographicHash::Sha256).toHex()
                          + " trusted=" + (r.peerCertificateTrusted ? "1" : "0");
        return HttpResponse::ok("text/plain", text);
    }
};

// Reports which thread and which database connection served the request, and uses that connection.
struct ThreadHandler : RequestHandler {
    QMutex mutex;
    QHash<QThread *, QSet<QString>> connectionsByThread;
    std::atomic<int> failures{0};
    HttpResponse handle(const HttpRequest &, EndpointContext &context) override
    {
        const QString name = context.database().connectionName();
        QSqlQuery q(context.database().connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM devices")) || !q.next())
            failures.fetch_add(1);
        {
            QMutexLocker lock(&mutex);
            connectionsByThread[QThread::currentThread()].insert(name);
        }
        return HttpResponse::ok("text/plain", name.toUtf8());
    }
};

struct ThrowingHandler : RequestHandler {
    HttpResponse handle(const HttpRequest &, EndpointContext &) override { throw std::runtime_error("secret detail"); }
};

} // namespace

class TestEndpointServer : public QObject
{
    Q_OBJECT

    TestDatabase *m_db = nullptr;
    CertificateAuthority m_ca;
    TlsIdentity m_identity;
    QTemporaryDir m_dir;
    std::shared_ptr<ThreadHandler> m_threads = std::make_shared<ThreadHandler>();

    std::unique_ptr<EndpointServer> startServer(const EndpointLimits &limits, quint16 *port)
    {
        auto server = std::make_unique<EndpointServer>(m_db->db());
        server->setLimits(limits);
        const Status s = server->setTlsIdentity(m_identity);
        if (!s)
            qWarning() << s.message();
        server->setClientCaCertificates(m_ca.certificatePem());
        server->addRoute("/health", std::make_shared<HealthHandler>(), 0);
        server->addRoute("/echo", std::make_shared<EchoHandler>(), 1024);
        server->addRoute("/echo/deeper", std::make_shared<EchoHandler>(), 16, EndpointRouteTable::Scope::SubPaths);
        server->addRoute("/thread", m_threads, 0);
        server->addRoute("/throw", std::make_shared<ThrowingHandler>(), 0);
        *port = startEndpointServer(*server);
        if (*port == 0)
            return nullptr;
        return server;
    }

    static EndpointLimits quickLimits()
    {
        EndpointLimits l;
        l.workerThreads = 2;
        l.maxHeadBytes = 4096;
        return l;
    }

    bool runTool(const QString &program, const QStringList &args, QByteArray *out, QByteArray *err = nullptr,
                 const QByteArray &input = {})
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForStarted(10000))
            return false;
        p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 30000))
            return false;
        *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }

private slots:
    void initTestCase()
    {
        m_db = new TestDatabase;
        QVERIFY(CertificateAuthority::create(QStringLiteral("Test CA"), QStringLiteral("Test"), KeyAlgorithm::Rsa2048, 30, m_ca).ok());
        QVERIFY(m_ca.issueTlsCertificate({QStringLiteral("localhost")}, {QHostAddress::LocalHost}, 30, m_identity).ok());
        QFile ca(caFile());
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_ca.certificatePem());
    }

    void cleanupTestCase() { delete m_db; }

    void refusesToStartWithoutCertificate()
    {
        EndpointServer server(m_db->db());
        QSignalSpy failed(&server, &EndpointServer::failed);
        server.start(QHostAddress::LocalHost, 0);
        QVERIFY(failed.wait(5000));
        QCOMPARE(server.state(), EndpointServer::State::Stopped);
    }

    void reportsAPortInUse()
    {
        quint16 port = 0;
        auto first = startServer(quickLimits(), &port);
        QVERIFY(first);
        EndpointServer second(m_db->db());
        QVERIFY(second.setTlsIdentity(m_identity).ok());
        QSignalSpy failed(&second, &EndpointServer::failed);
        second.start(QHostAddress::LocalHost, port);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QString::number(port)));
        QCOMPARE(second.state(), EndpointServer::State::Stopped);
    }

    void routesAndAnswers404()
    {
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        HttpsTestClient c(m_ca.certificatePem());
        QVERIFY(c.connectTo(port));
        HttpsTestClient::Response r;
        c.send(HttpsTestClient::get("/health"));
        QVERIFY(c.read(r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"status\":\"ok\"}\n"));
        QVERIFY(!r.header("date").isEmpty());
        c.send(HttpsTestClient::get("/nowhere"));
        QVERIFY(c.read(r));
        QCOMPARE(r.status, 404);
        c.send(HttpsTestClient::get("/healthz"));
        QVERIFY(c.read(r));
        QCOMPARE(r.status, 404);
        // "/echo" is exact: nothing below it reaches its handler.
        c.send(HttpsTestClient::get("/echo/x"));
        QVERIFY(c.read(r));
        QCOMPARE(r.status, 404);
        c.send(HttpsTestClient::get("/echo/deeper/x?a=b"));
        QVERIFY(c.read(r));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("GET /echo/deeper/x q=a=b body=0"));
        c.send(HttpsTestClient::get("/throw"));
        QVERIFY(c.read(r));
        QCOMPARE(r.status, 500);
        QVERIFY(!r.body.contains("secret"));
        QCOMPARE(c.socket().state(), QAbstractSocket::ConnectedState);
        QVERIFY(server->stats().requests >= 5);
    }

    void keepsAliveAndAnswersPipelinedRequestsInOrder()
    {
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        HttpsTestClient c(m_ca.certificatePem());
        QVERIFY(c.connectTo(port));
        HttpsTestClient::Response r;
        for (int i = 0; i < 5; ++i) {
            const QByteArray body = QByteArray::number(i).repeated(i + 1);
            c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(c.read(r));
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.contains("body=" + QByteArray::number(i + 1)));
            QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
        }
        // Three requests in one write, one of them with a body: three answers, in order.
        c.send("POST /echo?n=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
               "GET /echo?n=2 HTTP/1.1\r\nHost: x\r\n\r\n"
               "GET /echo?n=3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        for (int n = 1; n <= 3; ++n) {
            QVERIFY(c.read(r));
            QVERIFY2(r.body.contains("q=n=" + QByteArray::number(n)), r.body.constData());
        }
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
        QCOMPARE(server->stats().connectionsAccepted, quint64(1));
    }

    void answers413FromTheHeadAlone()
    {
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        HttpsTestClient c(m_ca.certificatePem());
        QVERIFY(c.connectTo(port));
        // The body is never sent: the answer must come from the head alone.
        c.send("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n");
        HttpsTestClient::Response r;
        QVERIFY(c.read(r));
        QCOMPARE(r.status, 413);
        QVERIFY(c.waitClosed());
        // Within the limit of its route, but over that of a more specific one.
        HttpsTestClient d(m_ca.certificatePem());
        QVERIFY(d.connectTo(port));
        d.send("PUT /echo/deeper HTTP/1.1\r\nHost: x\r\nContent-Length: 17\r\n\r\n");
        QVERIFY(d.read(r));
        QCOMPARE(r.status, 413);
        // Expect: 100-continue gets its go-ahead within the limit.
        HttpsTestClient e(m_ca.certificatePem());
        QVERIFY(e.connectTo(port));
        e.send("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&e] { return e.socket().bytesAvailable() > 0; }, 10000));
        QVERIFY(e.socket().peek(64).startsWith("HTTP/1.1 100 Continue"));
        e.send("abcd");
        QVERIFY(e.read(r));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("body=4"));
    }

    void refusesMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01garbage\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET /health HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("huge head") << QByteArray("GET /health HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(5000, 'a') + "\r\n\r\n") << 431;
    }

    void refusesMalformedRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        HttpsTestClient c(m_ca.certificatePem());
        QVERIFY(c.connectTo(port));
        c.send(bytes);
        HttpsTestClient::Response r;
        QVERIFY(c.read(r));
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
    }

    void timesOutSlowAndIdleClients()
    {
        EndpointLimits limits = quickLimits();
        limits.requestTimeoutMsec = 300;
        limits.idleTimeoutMsec = 600;
        limits.handshakeTimeoutMsec = 400;
        quint16 port = 0;
        auto server = startServer(limits, &port);
        QVERIFY(server);
        // Half a head, then nothing: 408 and closed.
        HttpsTestClient slow(m_ca.certificatePem());
        QVERIFY(slow.connectTo(port));
        slow.send("GET /health HTTP/1.1\r\nHo");
        HttpsTestClient::Response r;
        QVERIFY(slow.read(r, 5000));
        QCOMPARE(r.status, 408);
        QVERIFY(slow.waitClosed(5000));
        // One request, then idle: closed without an answer.
        HttpsTestClient idle(m_ca.certificatePem());
        QVERIFY(idle.connectTo(port));
        idle.send(HttpsTestClient::get("/health"));
        QVERIFY(idle.read(r));
        QElapsedTimer t;
        t.start();
        QVERIFY(idle.waitClosed(5000));
        QVERIFY(t.elapsed() >= 400);
        // TCP without a TLS handshake: dropped too.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(QTest::qWaitFor([&raw] { return raw.state() == QAbstractSocket::ConnectedState; }, 5000));
        QVERIFY(QTest::qWaitFor([&raw] { return raw.state() == QAbstractSocket::UnconnectedState; }, 5000));
    }

    void refusesConnectionsOverTheLimit()
    {
        EndpointLimits limits = quickLimits();
        limits.maxConnections = 2;
        quint16 port = 0;
        auto server = startServer(limits, &port);
        QVERIFY(server);
        HttpsTestClient a(m_ca.certificatePem()), b(m_ca.certificatePem()), c(m_ca.certificatePem());
        QVERIFY(a.connectTo(port));
        QVERIFY(b.connectTo(port));
        // Past their handshake on the server's side too (an answer proves it): a connection still
        // handshaking there would be evicted for the newcomer rather than the newcomer refused.
        for (HttpsTestClient *settled : {&a, &b}) {
            HttpsTestClient::Response r;
            settled->send(HttpsTestClient::get("/health"));
            QVERIFY(settled->read(r));
        }
        QVERIFY(!c.connectTo(port, QStringLiteral("127.0.0.1"), 5000));
        QCOMPARE(server->stats().connectionsRefused, quint64(1));
        a.socket().disconnectFromHost();
        QVERIFY(QTest::qWaitFor([&server] { return server->stats().openConnections == 1; }, 5000));
        HttpsTestClient d(m_ca.certificatePem());
        QVERIFY(d.connectTo(port));
    }

    void spreadsClientsOverWorkersEachWithItsOwnDatabase()
    {
        EndpointLimits limits = quickLimits();
        limits.workerThreads = 3;
        quint16 port = 0;
        auto server = startServer(limits, &port);
        QVERIFY(server);
        QCOMPARE(server->workerCount(), 3);
        m_threads->connectionsByThread.clear();
        std::vector<std::unique_ptr<HttpsTestClient>> clients;
        for (int i = 0; i < 9; ++i) {
            clients.push_back(std::make_unique<HttpsTestClient>(m_ca.certificatePem()));
            QVERIFY(clients.back()->connectTo(port));
        }
        for (int round = 0; round < 5; ++round) {
            for (auto &c : clients)
                c->send(HttpsTestClient::get("/thread"));
            for (auto &c : clients) {
                HttpsTestClient::Response r;
                QVERIFY(c->read(r));
                QCOMPARE(r.status, 200);
                QVERIFY(r.body != m_db->db().connectionName().toUtf8());
            }
        }
        QCOMPARE(m_threads->failures.load(), 0);
        QCOMPARE(m_threads->connectionsByThread.size(), 3);
        QSet<QString> all;
        for (const QSet<QString> &names : std::as_const(m_threads->connectionsByThread)) {
            QCOMPARE(names.size(), 1); // a thread always uses the same connection...
            all += names;
        }
        QCOMPARE(all.size(), 3); // ...and no other thread uses it
        QVERIFY(!m_threads->connectionsByThread.contains(QThread::currentThread()));
    }

    void passesTheClientCertificate()
    {
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        QByteArray out, err;
        const QString key = m_dir.filePath(QStringLiteral("device.key"));
        const QString csr = m_dir.filePath(QStringLiteral("device.csr"));
        QVERIFY2(runTool(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                                     QStringLiteral("-subj"), QStringLiteral("/CN=device-1"),
                                                     QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr},
                         &out, &err),
                 err.constData());
        QFile csrFile(csr), keyFile(key);
        QVERIFY(csrFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QByteArray der;
        QVERIFY(m_ca.issueClientCertificate(csrFile.readAll(), 30, der).ok());
        HttpsTestClient c(m_ca.certificatePem());
        c.setClientIdentity(QSslCertificate(der, QSsl::Der), QSslKey(keyFile.readAll(), QSsl::Ec));
        QVERIFY(c.connectTo(port));
        c.send(HttpsTestClient::get("/echo"));
        HttpsTestClient::Response r;
        QVERIFY(c.read(r));
        QVERIFY2(r.body.contains("cert=" + QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()), r.body.constData());
        QVERIFY(r.body.contains("trusted=1"));
        // Without one, the request is still served, with no certificate.
        HttpsTestClient anonymous(m_ca.certificatePem());
        QVERIFY(anonymous.connectTo(port));
        anonymous.send(HttpsTestClient::get("/echo"));
        QVERIFY(anonymous.read(r));
        QVERIFY(r.body.contains("cert=" + QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex()));
        QVERIFY(r.body.contains("trusted=0"));
    }

    void curlReusesOneConnection()
    {
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        const QString base = QStringLiteral("https://localhost:%1").arg(port);
        QByteArray out, err;
        QVERIFY2(runTool(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("-v"), QStringLiteral("--http1.1"),
                                                  QStringLiteral("--cacert"), caFile(), base + QStringLiteral("/health"),
                                                  base + QStringLiteral("/echo?from=curl")},
                         &out, &err),
                 err.constData());
        QVERIFY(out.startsWith("{\"status\":\"ok\"}\n"));
        QVERIFY(out.contains("GET /echo q=from=curl"));
        QVERIFY2(err.contains("Re-using existing connection") || err.contains("Reusing existing connection"), err.constData());
        QCOMPARE(server->stats().connectionsAccepted, quint64(1));
        // A body with curl's own framing.
        QVERIFY(runTool(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--cacert"), caFile(),
                                                 QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("--data-binary"),
                                                 QStringLiteral("@-"), base + QStringLiteral("/echo")},
                        &out, &err, QByteArray(700, 'z')));
        QVERIFY2(out.contains("PUT /echo q= body=700"), out.constData());
        // HEAD: the length is announced, no body follows (curl would complain about leftover bytes).
        QVERIFY(runTool(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("-I"), QStringLiteral("--cacert"),
                                                 caFile(), base + QStringLiteral("/health")},
                        &out, &err));
        QVERIFY2(out.startsWith("HTTP/1.1 200 OK") && out.contains("Content-Length: 16"), out.constData());
    }

    void speaksOnlyModernTls()
    {
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
        QByteArray out, err;
        QVERIFY2(runTool(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"), target,
                                                     QStringLiteral("-tls1_2"), QStringLiteral("-CAfile"), caFile(),
                                                     QStringLiteral("-verify_return_error"), QStringLiteral("-brief"),
                                                     QStringLiteral("-ign_eof")},
                         &out, &err, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                 err.constData());
        QVERIFY2(err.contains("Protocol version: TLSv1.2"), err.constData());
        QVERIFY2(err.contains("Verification: OK"), err.constData());
        QVERIFY(out.contains("{\"status\":\"ok\"}"));
        // ECDSA server key, as ConsolePki issues it.
        QVERIFY(runTool(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"), target,
                                                    QStringLiteral("-CAfile"), caFile()},
                        &out, &err, "Q\n")
                || !out.isEmpty());
        QVERIFY2(out.contains("Server public key is 256 bit"), out.constData());
        QVERIFY(!runTool(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"), target,
                                                     QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                                     QStringLiteral("DEFAULT@SECLEVEL=0")},
                         &out, &err, "Q\n"));
    }

    void stopsWithoutBlockingAndRestarts()
    {
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        HttpsTestClient c(m_ca.certificatePem());
        QVERIFY(c.connectTo(port));
        QSignalSpy stopped(server.get(), &EndpointServer::stopped);
        server->stop();
        QCOMPARE(server->state(), EndpointServer::State::Stopping); // returned at once
        QVERIFY(stopped.wait(10000));
        QVERIFY(c.waitClosed());
        QSignalSpy started(server.get(), &EndpointServer::started);
        server->start(QHostAddress::LocalHost, 0);
        QVERIFY(started.wait(10000));
        HttpsTestClient d(m_ca.certificatePem());
        QVERIFY(d.connectTo(started.first().at(1).value<quint16>()));
    }
};

QTEST_GUILESS_MAIN(TestEndpointServer)
#include "test_endpoint_server.moc"
