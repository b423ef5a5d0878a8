#include "EndpointTestServer.h"
#include "HttpsTestClient.h"
#include "ServeProcess.h"
#include "TestDatabase.h"

#include "endpoint/EndpointContext.h"
#include "endpoint/EndpointServer.h"
#include "endpoint/HealthHandler.h"
#include "endpoint/RequestHandler.h"
#include "pki/CertificateAuthority.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <vector>

// Issue 13, sections 2 and 4: what one connection (or a crowd of silent ones) can make the
// endpoint hold — memory per connection and in all, descriptors — performed as attacks: in
// process against EndpointServer (its counters visible), and against `clinicmdm serve` as a
// child process (its resident memory read from /proc, its open-files limit set by prlimit).
namespace {

struct BigHandler : RequestHandler {
    HttpResponse handle(const HttpRequest &, EndpointContext &) override
    {
        return HttpResponse::ok("application/octet-stream", QByteArray(600 * 1024, 'b'));
    }
};

struct SizeHandler : RequestHandler {
    HttpResponse handle(const HttpRequest &r, EndpointContext &) override
    {
        return HttpResponse::ok("text/plain", QByteArray::number(r.body.size()));
    }
};

qint64 pendingWrite(QSslSocket &s) { return s.bytesToWrite() + s.encryptedBytesToWrite(); }

} // namespace

class TestEndpointLimits : public QObject
{
    Q_OBJECT

    TestDatabase *m_db = nullptr;
    CertificateAuthority m_ca;
    TlsIdentity m_identity;

    std::unique_ptr<EndpointServer> startServer(const EndpointLimits &limits, quint16 *port)
    {
        auto server = std::make_unique<EndpointServer>(m_db->db());
        server->setLimits(limits);
        if (!server->setTlsIdentity(m_identity))
            return nullptr;
        server->addRoute("/health", std::make_shared<HealthHandler>(), 0);
        server->addRoute("/big", std::make_shared<BigHandler>(), 0);
        server->addRoute("/upload", std::make_shared<SizeHandler>(), 4 * 1024 * 1024);
        *port = startEndpointServer(*server);
        if (*port == 0)
            return nullptr;
        return server;
    }

    static EndpointLimits quickLimits()
    {
        EndpointLimits l;
        l.workerThreads = 2;
        return l;
    }

    QByteArray caPem() const { return m_ca.certificatePem(); }

    // `verify`: trust only the test CA (in process); serve has a CA of its own.
    bool healthAnswered(quint16 port, bool verify = true)
    {
        HttpsTestClient client(verify ? caPem() : QByteArray());
        if (!client.connectTo(port))
            return false;
        client.send(HttpsTestClient::get("/health"));
        HttpsTestClient::Response r;
        return client.read(r) && r.status == 200;
    }

private slots:
    void initTestCase()
    {
        m_db = new TestDatabase;
        QVERIFY(CertificateAuthority::create(QStringLiteral("Test CA"), QStringLiteral("Test"), KeyAlgorithm::Rsa2048, 30, m_ca).ok());
        QVERIFY(m_ca.issueTlsCertificate({QStringLiteral("localhost")}, {QHostAddress::LocalHost}, 30, m_identity).ok());
    }

    void cleanupTestCase() { delete m_db; }

    void connectionCapFollowsTheOpenFilesLimit()
    {
        // Reserve: 64 + a sixteenth of the limit + what is already open.
        QCOMPARE(EndpointServer::connectionCapFor(4096, 1024, 10), 1024 - 64 - 64 - 10);
        QCOMPARE(EndpointServer::connectionCapFor(4096, 1048576, 30), 4096);
        QCOMPARE(EndpointServer::connectionCapFor(100, 256, 0), 100);
        QCOMPARE(EndpointServer::connectionCapFor(4096, 256, 20), 256 - 64 - 16 - 20);
        QCOMPARE(EndpointServer::connectionCapFor(4096, 64, 5), 1);
        QCOMPARE(EndpointServer::connectionCapFor(4096, OpenFileLimit::Unlimited, 5), 4096);

        // Starting a server leaves the soft limit at the hard one.
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        const OpenFileLimit now = OpenFileLimit::current();
        QCOMPARE(now.soft(), now.hard());
        QCOMPARE(server->openFileLimit().soft(), now.soft());
        QVERIFY(server->connectionCap() > 0);
        QVERIFY(server->connectionCap() <= EndpointServer::connectionCapFor(4096, now.soft(), 0));
        QCOMPARE(server->stats().connectionCap, server->connectionCap());
    }

    // Pipelined requests whose answers are never read, then a stream of bytes: the server stops
    // taking bytes (its request buffer stays within one head), and once the client reads, every
    // answer arrives in order — reading resumed where it stopped.
    void stopsReadingWhileAnswersWaitAndResumes()
    {
        quint16 port = 0;
        auto server = startServer(quickLimits(), &port);
        QVERIFY(server);
        HttpsTestClient client(caPem());
        QVERIFY(client.connectTo(port));
        constexpr int Requests = 20000;
        QByteArray pipelined;
        for (int i = 0; i < Requests; ++i)
            pipelined += HttpsTestClient::get("/health");
        client.send(pipelined);
        const QByteArray chunk(256 * 1024, 'x');
        qint64 maxHeld = 0;
        bool stalled = false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000) {
            maxHeld = qMax(maxHeld, server->stats().bufferedRequestBytes);
            QCoreApplication::processEvents();
            if (pendingWrite(client.socket()) < 2 * 1024 * 1024) {
                client.send(chunk);
                continue;
            }
            // The server stopped reading when our own unsent bytes stay put.
            if (!QTest::qWaitFor([&] { return pendingWrite(client.socket()) < 2 * 1024 * 1024; }, 1500)) {
                stalled = true;
                break;
            }
        }
        QVERIFY2(stalled, "the server kept reading a peer that reads no answers");
        maxHeld = qMax(maxHeld, server->stats().bufferedRequestBytes);
        QVERIFY2(maxHeld <= quickLimits().maxHeadBytes + 1, qPrintable(QString::number(maxHeld)));

        // Now read: all answers, in order; then the garbage after them is refused as malformed.
        int answered = 0;
        HttpsTestClient::Response r;
        while (answered < Requests && client.read(r, 20000) && r.status == 200)
            ++answered;
        QCOMPARE(answered, Requests);
        QVERIFY(client.read(r, 20000));
        QCOMPARE(r.status, 431); // 'x' without end is a head over the limit
        QVERIFY(client.waitClosed());
        QTRY_COMPARE(server->stats().bufferedRequestBytes, qint64(0));
    }

    // An answer that would take a connection over its buffer cap (in + out) closes it; a body
    // the route would accept but the cap cannot hold is refused from the head.
    void closesAConnectionOverItsBufferCap()
    {
        EndpointLimits limits = quickLimits();
        limits.maxConnectionBufferedBytes = 256 * 1024;
        quint16 port = 0;
        auto server = startServer(limits, &port);
        QVERIFY(server);

        HttpsTestClient greedy(caPem());
        QVERIFY(greedy.connectTo(port));
        greedy.send(HttpsTestClient::get("/big")); // 600 KB answer
        QVERIFY(greedy.waitClosed());
        HttpsTestClient::Response r;
        QVERIFY(!greedy.read(r, 500));
        QCOMPARE(server->stats().connectionsShed, quint64(1));

        HttpsTestClient uploader(caPem());
        QVERIFY(uploader.connectTo(port));
        uploader.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 300000\r\n\r\n");
        QVERIFY(uploader.read(r));
        QCOMPARE(r.status, 413);

        QVERIFY(healthAnswered(port));
        // The same answer under the default cap is served.
        server.reset();
        server = startServer(quickLimits(), &port);
        QVERIFY(server);
        HttpsTestClient reader(caPem());
        QVERIFY(reader.connectTo(port));
        reader.send(HttpsTestClient::get("/big"));
        QVERIFY(reader.read(r));
        QCOMPARE(r.body.size(), 600 * 1024);
        QCOMPARE(server->stats().connectionsShed, quint64(0));
    }

    // Bodies sent slowly by several connections spend the process-wide budget: the reads that
    // would overrun it wait, the largest holder is answered 503 and closed, and the budget comes
    // back for everyone else.
    void processWideBudgetShedsTheLargestHolder()
    {
        EndpointLimits limits = quickLimits();
        limits.maxBufferedRequestBytes = 512 * 1024;
        quint16 port = 0;
        auto server = startServer(limits, &port);
        QVERIFY(server);
        HttpsTestClient small(caPem()), large(caPem());
        QVERIFY(small.connectTo(port));
        QVERIFY(large.connectTo(port));
        small.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 204800\r\n\r\n" + QByteArray(100 * 1024, 's'));
        QTRY_VERIFY(server->stats().bufferedRequestBytes >= 100 * 1024);
        large.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4000000\r\n\r\n" + QByteArray(1024 * 1024, 'l'));
        HttpsTestClient::Response r;
        QVERIFY(large.read(r));
        QCOMPARE(r.status, 503);
        QVERIFY(large.waitClosed());
        QVERIFY(server->stats().connectionsShed >= 1);
        QVERIFY(server->stats().bufferedRequestBytes <= limits.maxBufferedRequestBytes);
        QVERIFY(small.socket().state() == QAbstractSocket::ConnectedState);
        QVERIFY(healthAnswered(port));
        // The smaller upload goes on and completes.
        small.send(QByteArray(100 * 1024, 's'));
        QVERIFY(small.read(r, 20000));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("204800"));
        QTRY_COMPARE(server->stats().bufferedRequestBytes, qint64(0));
    }

    // At the cap, silent TCP connections (never a TLS handshake) are closed oldest first to make
    // room for newcomers; connections past their handshake are never evicted.
    void evictsTheOldestHandshakingConnectionAtTheCap()
    {
        EndpointLimits limits = quickLimits();
        limits.maxConnections = 4;
        quint16 port = 0;
        auto server = startServer(limits, &port);
        QVERIFY(server);
        // Settled on the server's side too: the client counts as encrypted once it has the
        // server's Finished, the server only once it has read the client's — an answer proves it.
        HttpsTestClient settled(caPem());
        QVERIFY(settled.connectTo(port));
        HttpsTestClient::Response r;
        settled.send(HttpsTestClient::get("/health"));
        QVERIFY(settled.read(r));
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 3; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(silent.back()->waitForConnected(5000));
            QTRY_COMPARE(server->stats().openConnections, 2 + i);
        }
        // Full: each newcomer evicts the oldest silent one, never the settled client.
        HttpsTestClient first(caPem()), second(caPem());
        QVERIFY(first.connectTo(port));
        QTRY_COMPARE(silent[0]->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(second.connectTo(port));
        QTRY_COMPARE(silent[1]->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(silent[2]->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(server->stats().connectionsEvicted, quint64(2));
        QCOMPARE(server->stats().connectionsRefused, quint64(0));
        settled.send(HttpsTestClient::get("/health"));
        QVERIFY(settled.read(r));
        QCOMPARE(r.status, 200);
    }

    // The red team's attack on `serve` itself: one TLS connection pipelines 60,000 GET /health
    // without reading answers, then streams up to 512 MB. Before the fix serve grew from 36 MB to
    // 599 MB; now it must stay within 100 MB of idle and keep answering others.
    void pipeliningAttackKeepsServeBounded()
    {
        QTemporaryDir dir;
        ServeProcess serve(dir.path());
        QVERIFY(serve.start());
        QVERIFY(healthAnswered(serve.port(), false));
        const qint64 idleKb = serve.rssKb();
        QVERIFY(idleKb > 0);

        qint64 peakKb = idleKb;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&] { peakKb = qMax(peakKb, serve.rssKb()); });
        sampler.start(20);

        HttpsTestClient attacker;
        QVERIFY(attacker.connectTo(serve.port()));
        QByteArray pipelined;
        for (int i = 0; i < 60000; ++i)
            pipelined += HttpsTestClient::get("/health");
        attacker.send(pipelined);
        constexpr qint64 Stream = 512LL * 1024 * 1024;
        constexpr qint64 ClientBacklog = 8 * 1024 * 1024;
        const QByteArray chunk(1024 * 1024, 'x');
        qint64 sent = 0;
        bool stalled = false;
        QElapsedTimer clock;
        clock.start();
        while (sent < Stream && clock.elapsed() < 30000 && (peakKb - idleKb) < 100 * 1024) {
            QCoreApplication::processEvents();
            if (pendingWrite(attacker.socket()) < ClientBacklog) {
                attacker.send(chunk);
                sent += chunk.size();
                continue;
            }
            // Our own unsent bytes stay put for two seconds: serve stopped reading.
            if (!QTest::qWaitFor([&] { return pendingWrite(attacker.socket()) < ClientBacklog; }, 2000)) {
                stalled = true;
                break;
            }
        }
        // Another client is still served while the attacker holds its connection; its answer also
        // means serve's threads have handled everything sent before it, so the last sample counts.
        QVERIFY(healthAnswered(serve.port(), false));
        sampler.stop();
        peakKb = qMax(peakKb, serve.rssKb());
        qInfo("serve RSS idle %lld KB, peak %lld KB under the attack (+%lld KB); %lld MB sent, stalled=%d",
              idleKb, peakKb, peakKb - idleKb, sent / (1024 * 1024), int(stalled));
        QVERIFY2(peakKb - idleKb < 100 * 1024, "serve's memory grew with what one connection sent");
        QVERIFY2(stalled, "serve kept reading a connection that reads no answers");
        attacker.socket().abort();
        QVERIFY(serve.stop());
    }

    // A crowd of silent TCP connections under a low open-files limit: serve raises its soft
    // limit to the hard one, reports the cap derived from it, and a real client still gets in
    // (the oldest silent connections are closed for it). Before the fix the process kept its
    // soft limit, accept() hit EMFILE and Qt stopped accepting for good.
    void silentConnectionsCannotLockOutServe()
    {
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (prlimit.isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        QTemporaryDir dir;
        ServeProcess serve(dir.path());
        QVERIFY(serve.start({prlimit, QStringLiteral("--nofile=128:256")}));
        const auto line = QRegularExpression(QStringLiteral("Connections: at most (\\d+) \\(open files limit 256, raised from 128\\)"))
                              .match(serve.output());
        QVERIFY2(line.hasMatch(), qPrintable(serve.output()));
        const int cap = line.captured(1).toInt();
        QVERIFY2(cap > 0 && cap <= 256 - 64 - 16, qPrintable(QString::number(cap)));

        // More silent connections than the cap, one after the other (accepted in this order).
        constexpr int Extra = 40;
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < cap + Extra; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, serve.port());
            QVERIFY(silent.back()->waitForConnected(5000));
        }
        // The oldest are closed to make room, the newest stay.
        QTRY_VERIFY_WITH_TIMEOUT(silent[Extra - 1]->state() == QAbstractSocket::UnconnectedState, 10000);
        for (int i = 0; i < Extra; ++i)
            QCOMPARE(silent[i]->state(), QAbstractSocket::UnconnectedState);
        for (size_t i = silent.size() - 10; i < silent.size(); ++i)
            QCOMPARE(silent[i]->state(), QAbstractSocket::ConnectedState);
        QVERIFY2(healthAnswered(serve.port(), false), "a real client was locked out by silent connections");
        silent.clear();
        QVERIFY(serve.stop());
    }
};

QTEST_GUILESS_MAIN(TestEndpointLimits)
#include "test_endpoint_limits.moc"
