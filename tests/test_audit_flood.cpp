// Issue 13, section 3: an outsider with nothing but network access must not be able to grow the
// append-only audit trail. The attack as the red team ran it (unsigned PUT /mdm/checkin/<30 KB
// path>, 10,000 times over keep-alive TLS) plus the other refusal-producing requests (a 30 KB user
// agent on an unsigned check-in, forged Mdm-Signatures, SCEP with a wrong challenge and SCEP
// garbage, agent requests with a certificate the console never gave an agent), all against the real
// endpoint with its real routes. The refusal clock is injected, so "per minute" and "per hour" are
// exact and the test does not wait for real minutes.
#include "HttpsTestClient.h"
#include "ScepClient.h"
#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "audit/AuditVerifier.h"
#include "endpoint/EndpointRoutes.h"
#include "endpoint/EndpointServer.h"
#include "endpoint/RefusalAggregator.h"
#include "pki/CertificateAuthority.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "security/FieldCipher.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslKey>
#include <QTest>
#include <QThread>

#include <openssl/evp.h>

#include <atomic>

namespace {

// What the audit trail gained: rows and bytes of their details (the part a peer influences).
struct Growth {
    qint64 rows = 0;
    qint64 detailBytes = 0;
};

Growth growthSince(Database &db, qint64 afterId, const QString &where = {})
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(length(details)), 0) FROM audit_events WHERE id > ?")
              + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
    q.addBindValue(afterId);
    if (!q.exec() || !q.next())
        return {-1, -1};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

qint64 lastId(Database &db)
{
    const std::optional<AuditEvent> e = AuditLog(db).latest();
    return e ? e->id : 0;
}

QList<AuditEvent> eventsSince(Database &db, qint64 afterId)
{
    return AuditLog(db).events(afterId, 100000);
}

qint64 countOf(const AuditEvent &e)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\bcount=(\\d+)")).match(e.details);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

class TestAuditFlood : public QObject
{
    Q_OBJECT

    static constexpr char Topic[] = "com.apple.mgmt.External.13131313-8a3b-4c1d-9e2f-0a1b2c3d4e5f";
    // A minute boundary plus a few seconds, at the start of an hour: 2026-12-07 10:00:05 UTC.
    static constexpr qint64 Start = 1796637605;

    std::unique_ptr<TestDatabase> m_db;
    CertificateAuthority m_ca;
    TlsIdentity m_identity;
    std::atomic<qint64> m_now{Start};
    std::unique_ptr<EndpointServer> m_server;
    quint16 m_port = 0;

    // Sends `count` copies of `request` over `connections` keep-alive connections, pipelined in
    // batches, and returns how many answers had `status`.
    int flood(const QByteArray &request, int count, int expectedStatus, int connections = 4,
              const QSslCertificate &clientCert = QSslCertificate(), const QSslKey &clientKey = QSslKey())
    {
        int matched = 0;
        const int perConnection = (count + connections - 1) / connections;
        int left = count;
        for (int c = 0; c < connections && left > 0; ++c) {
            HttpsTestClient client(m_ca.certificatePem());
            if (!clientCert.isNull())
                client.setClientIdentity(clientCert, clientKey);
            if (!client.connectTo(m_port))
                return -1;
            int mine = qMin(perConnection, left);
            left -= mine;
            while (mine > 0) {
                const int batch = qMin(mine, 50);
                QByteArray bytes;
                for (int i = 0; i < batch; ++i)
                    bytes += request;
                client.send(bytes);
                for (int i = 0; i < batch; ++i) {
                    HttpsTestClient::Response r;
                    if (!client.read(r, 30000))
                        return -1;
                    matched += r.status == expectedStatus ? 1 : 0;
                }
                mine -= batch;
            }
        }
        return matched;
    }

    void advanceTo(qint64 epochSeconds) { m_now.store(epochSeconds); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(CertificateAuthority::create(QStringLiteral("Flood CA"), QStringLiteral("Test"), KeyAlgorithm::Rsa2048, 30, m_ca).ok());
        QVERIFY(m_ca.issueTlsCertificate({QStringLiteral("localhost")}, {QHostAddress::LocalHost}, 30, m_identity).ok());
        QVERIFY(PushCredentialRepository(m_db->db()).put(QLatin1String(PushCredentialNames::ApnsCertificate),
                                                         {{QStringLiteral("topic"), QLatin1String(Topic)}}, 1).ok());
        m_server = std::make_unique<EndpointServer>(m_db->db());
        EndpointLimits limits;
        limits.workerThreads = 2;
        m_server->setLimits(limits);
        QVERIFY(m_server->setTlsIdentity(m_identity).ok());
        m_server->setClientCaCertificates(m_ca.certificatePem());
        CmsVerifier verifier;
        QVERIFY(CmsVerifier::create(m_ca.certificatePem(), verifier).ok());
        const QStringList problems = EndpointRoutes::registerAll(
            *m_server, EndpointRouteDeps{m_db->db(), m_ca, QStringLiteral("https://localhost:8443"),
                                         std::make_shared<const CachingCmsVerifier>(verifier), FieldCipher::generateKey()});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        m_server->refusals()->setClock([this] { return m_now.load(); });
        QSignalSpy started(m_server.get(), &EndpointServer::started);
        m_server->start(QHostAddress::LocalHost, 0);
        QVERIFY(started.wait(10000));
        m_port = started.first().at(1).value<quint16>();
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_db.reset();
    }

    // Only the exact route reaches the check-in handler; a path below it is an unknown path.
    void subPathsOfExactRoutesAre404()
    {
        const qint64 before = lastId(m_db->db());
        for (const QByteArray &path : {QByteArray("/mdm/checkin/x"), QByteArray("/mdm/checkin/"), QByteArray("/mdm/server/x"),
                                      QByteArray("/scep/pkiclient.exe"), QByteArray("/ca.crt/x"), QByteArray("/health/x")}) {
            QCOMPARE(flood("PUT " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 1, 404, 1), 1);
        }
        // The routes with sub-paths still have them.
        QCOMPARE(flood("GET /enroll/unknowntoken HTTP/1.1\r\nHost: x\r\n\r\n", 1, 404, 1), 1);
        QCOMPARE(flood("GET /ca.crt HTTP/1.1\r\nHost: x\r\n\r\n", 1, 200, 1), 1);
        QCOMPARE(growthSince(m_db->db(), before).rows, 0);
    }

    void floodOfRefusalsAddsOneSmallRowPerMinutePerSourceAndReason()
    {
        Database &db = m_db->db();
        const qint64 before = lastId(db);
        QElapsedTimer timer;
        timer.start();

        // 1. The red team's request: 10,000 unsigned PUTs below /mdm/checkin with a 30 KB path.
        const QByteArray longPath = "/mdm/checkin/" + QByteArray(30 * 1024, 'A');
        QCOMPARE(flood("PUT " + longPath + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 10000, 404), 10000);
        // 2. Unsigned check-ins on the exact path, with a 30 KB user agent that tries to forge a
        //    key=value pair of its own (the parser already refuses control characters in headers).
        const QByteArray agent = "evil reason=forged peer=10.9.9.9 " + QByteArray(30 * 1024, 'U');
        QCOMPARE(flood("PUT /mdm/checkin HTTP/1.1\r\nHost: x\r\nUser-Agent: " + agent + "\r\nContent-Length: 2\r\n\r\n{}", 2000, 400),
                 2000);
        // 3. Forged signatures, on check-in and on the command URL.
        const QByteArray plist = "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>MessageType</key>"
                                 "<string>Authenticate</string></dict></plist>";
        const QByteArray forged = "Mdm-Signature: " + QByteArray(2000, 'A') + "\r\nContent-Length: "
                                  + QByteArray::number(plist.size()) + "\r\n\r\n" + plist;
        QCOMPARE(flood("PUT /mdm/checkin HTTP/1.1\r\nHost: x\r\n" + forged, 1000, 400), 1000);
        QCOMPARE(flood("PUT /mdm/server HTTP/1.1\r\nHost: x\r\n" + forged, 1000, 400), 1000);
        // 4. SCEP: a well-formed request with a challenge nobody issued, replayed; and garbage.
        std::shared_ptr<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}), EVP_PKEY_free);
        const QByteArray scep = ScepClient::pkiMessage(key.get(), QStringLiteral("intruder"), "no-such-challenge",
                                                       m_ca.certificateDer(), QByteArray(16, 't'), QByteArray(16, 'n'));
        QVERIFY(!scep.isEmpty());
        QCOMPARE(flood("POST /scep?operation=PKIOperation HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-pki-message\r\n"
                       "Content-Length: " + QByteArray::number(scep.size()) + "\r\n\r\n" + scep,
                       300, 200),
                 300);
        // Garbage: answered whatever way the SCEP handler answers it; only the trail matters here.
        const QByteArray garbage(4000, '\x30');
        QVERIFY(flood("POST /scep?operation=PKIOperation HTTP/1.1\r\nHost: x\r\nContent-Length: "
                          + QByteArray::number(garbage.size()) + "\r\n\r\n" + garbage,
                      300, 400)
                >= 0);
        // 5. The agent protocol with a certificate the console never gave an agent.
        const QSslCertificate stranger = QSslCertificate(m_identity.certificatePem, QSsl::Pem);
        const QSslKey strangerKey(m_identity.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        const QSslKey rsaKey(m_identity.privateKeyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        QCOMPARE(flood("POST /agent/v1/checkin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
                       1000, 403, 4, stranger, strangerKey.isNull() ? rsaKey : strangerKey),
                 1000);
        qInfo("15,600 requests sent in %lld ms", timer.elapsed());

        // Everything happened within one minute of the refusal clock: nothing is written yet...
        const Growth during = growthSince(db, before);
        QCOMPARE(during.rows, 0);
        // ...and once the minute is over, one entry per source, action and reason, with the count.
        advanceTo(Start + 60);
        const QString kinds = QStringLiteral("((action = 'apple.request.rejected' AND details LIKE 'reason=bad-signature %') OR "
                                             "(action = 'scep.refused' AND details LIKE 'reason=challenge-unknown-used-or-expired %') OR "
                                             "(action = 'android.auth' AND details LIKE 'reason=unknown-certificate %'))");
        QTRY_COMPARE_WITH_TIMEOUT(growthSince(db, before, kinds).rows, qint64(3), 10000);
        const QList<AuditEvent> added = eventsSince(db, before);
        const Growth grown = growthSince(db, before);
        qInfo("audit growth for 15,600 requests (5,300 audited refusals) from one source in one minute: %lld rows, %lld bytes of details",
              grown.rows, grown.detailBytes);
        for (const AuditEvent &e : added)
            qInfo("  %s %s: %s", qPrintable(e.action), qPrintable(e.outcome), qPrintable(e.details));
        QVERIFY2(grown.rows <= 8, "at most one row per (source, action, reason) per minute");
        // A few hundred bytes per kind of refusal, whatever was sent: 256 bytes per request field.
        for (const AuditEvent &e : added) {
            QVERIFY2(e.details.size() <= 800, qPrintable(e.details.left(300)));
            QVERIFY2(!e.details.contains(QLatin1String(" reason=forged")) && !e.details.contains(QLatin1String(" peer=10.9.9.9")),
                     "request text cannot forge a key=value pair");
            for (const QChar c : e.details)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, "no control characters");
            QVERIFY(e.details.contains(QStringLiteral("peer=127.0.0.1")));
        }
        QVERIFY2(grown.detailBytes <= 8 * 800, "the whole flood costs a few KB at most");
        auto find = [&](const QString &action, const QString &reason, qint64 *count) {
            *count = 0;
            for (const AuditEvent &e : added)
                if (e.action == action && e.details.startsWith(QStringLiteral("reason=") + reason + QLatin1Char(' ')))
                    *count += countOf(e);
        };
        qint64 n = 0;
        find(QStringLiteral("apple.request.rejected"), QStringLiteral("bad-signature"), &n);
        QCOMPARE(n, 4000); // unsigned (2,000) and forged (2,000), check-in and commands, folded per action
        find(QStringLiteral("scep.refused"), QStringLiteral("challenge-unknown-used-or-expired"), &n);
        QCOMPARE(n, 300);
        find(QStringLiteral("android.auth"), QStringLiteral("unknown-certificate"), &n);
        QCOMPARE(n, 1000);
        // The 30 KB user agent is kept as its first 256 bytes and its length.
        bool sawAgent = false;
        for (const AuditEvent &e : added)
            sawAgent = sawAgent || e.details.contains(QStringLiteral("[%1 bytes]").arg(agent.size()));
        QVERIFY(sawAgent);
        QVERIFY(AuditVerifier(db).verify().chainIntact());
    }

    // Past the per-source hourly limit, refusals are only counted; one entry says so at the hour's end.
    void hourlyLimitPerSource()
    {
        Database &db = m_db->db();
        const qint64 hour = (Start / 3600 + 1) * 3600; // the next hour, untouched by the other tests
        advanceTo(hour + 1);
        const qint64 before = lastId(db);
        const int limit = m_server->refusals()->limits().rowsPerSourcePerHour;
        const QByteArray unsigned_ = "PUT /mdm/checkin HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
        const QByteArray unknownAgent = "POST /agent/v1/checkin HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
        const QSslCertificate stranger = QSslCertificate(m_identity.certificatePem, QSsl::Pem);
        QSslKey key(m_identity.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull())
            key = QSslKey(m_identity.privateKeyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        int sent = 0;
        for (int minute = 0; minute < 59; ++minute) {
            advanceTo(hour + minute * 60 + 1);
            QCOMPARE(flood(unsigned_, 5, 400, 1), 5);
            QCOMPARE(flood(unknownAgent, 5, 403, 1, stranger, key), 5);
            sent += 10;
        }
        advanceTo(hour + 3600 + 1);
        QTRY_VERIFY_WITH_TIMEOUT(growthSince(db, before, QStringLiteral("action = 'endpoint.refusal.limit'")).rows == 1, 10000);
        const QList<AuditEvent> added = eventsSince(db, before);
        qint64 itemised = 0;
        qint64 notItemised = 0;
        for (const AuditEvent &e : added) {
            if (e.action == QLatin1String(RefusalAggregator::LimitAction)) {
                const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("not_itemised=(\\d+)")).match(e.details);
                QVERIFY(m.hasMatch());
                notItemised += m.captured(1).toLongLong();
            } else {
                itemised += countOf(e);
            }
        }
        const Growth grown = growthSince(db, before);
        qInfo("an hour of refusals (%d requests) from one source: %lld rows, %lld bytes of details", sent, grown.rows,
              grown.detailBytes);
        QCOMPARE(grown.rows, qint64(limit + 1));
        QCOMPARE(itemised + notItemised, qint64(sent));
        QVERIFY(AuditVerifier(db).verify().chainIntact());
    }

    // Refusals still counted when the server stops are written on the way out.
    void pendingRefusalsAreWrittenAtShutdown()
    {
        Database &db = m_db->db();
        advanceTo(Start + 3 * 3600 + 5);
        const qint64 before = lastId(db);
        QCOMPARE(flood("PUT /mdm/server HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", 7, 400, 1), 7);
        QCOMPARE(growthSince(db, before).rows, 0);
        QSignalSpy stopped(m_server.get(), &EndpointServer::stopped);
        m_server->stop();
        QVERIFY(stopped.wait(10000));
        const QList<AuditEvent> added = eventsSince(db, before);
        QCOMPARE(added.size(), 1);
        QCOMPARE(countOf(added.first()), 7);
    }

    // The aggregator itself, from several threads at once, each with its own connection.
    void aggregatorIsThreadSafe()
    {
        TestDatabase t;
        RefusalAggregator aggregator;
        std::atomic<qint64> now{Start};
        aggregator.setClock([&now] { return now.load(); });
        const int threads = 4;
        const int each = 2000;
        QList<QThread *> workers;
        for (int i = 0; i < threads; ++i) {
            workers << QThread::create([&aggregator, &t, i] {
                Database db;
                if (!db.openAnother(t.db()))
                    return; // the count below then fails
                for (int k = 0; k < each; ++k) {
                    EndpointRefusal r;
                    r.source = QHostAddress(QStringLiteral("10.0.0.%1").arg(1 + k % 2));
                    r.actor = Actor{QStringLiteral("endpoint"), QStringLiteral("Endpoint")};
                    r.action = QStringLiteral("test.refused");
                    r.outcome = QStringLiteral("refused");
                    r.reason = i % 2 ? QStringLiteral("odd") : QStringLiteral("even");
                    aggregator.submit(db, r);
                }
                aggregator.flushDue(db);
            });
            workers.last()->start();
        }
        for (QThread *w : workers) {
            QVERIFY(w->wait(30000));
            delete w;
        }
        QCOMPARE(growthSince(t.db(), 0).rows, 0);
        now = Start + 60;
        aggregator.flushDue(t.db());
        const QList<AuditEvent> rows = eventsSince(t.db(), 0);
        QCOMPARE(rows.size(), 4); // 2 sources x 2 reasons
        qint64 total = 0;
        for (const AuditEvent &e : rows)
            total += countOf(e);
        QCOMPARE(total, qint64(threads * each));
        // A known identity's refusal is written at once, one per event.
        EndpointRefusal known;
        known.actor = Actor::system();
        known.action = QStringLiteral("test.refused");
        known.outcome = QStringLiteral("refused");
        known.reason = QStringLiteral("malformed");
        known.deviceId = 1;
        known.knownIdentity = true;
        aggregator.submit(t.db(), known);
        QCOMPARE(eventsSince(t.db(), 0).size(), 5);
        QVERIFY(AuditVerifier(t.db()).verify().chainIntact());
    }

    void boundsRequestText()
    {
        QCOMPARE(AuditText::field("/mdm/checkin"), QStringLiteral("/mdm/checkin"));
        QCOMPARE(AuditText::field("a b=c%\n\x01"), QStringLiteral("a%20b%3Dc%25%0A%01"));
        const QString cut = AuditText::field(QByteArray(30000, 'x'));
        QCOMPARE(cut, QString(256, QLatin1Char('x')) + QStringLiteral("...[30000 bytes]"));
        // Never half an escape.
        const QString escaped = AuditText::field(QByteArray(300, ' '));
        QVERIFY(escaped.startsWith(QStringLiteral("%20%20")));
        QCOMPARE(escaped.indexOf(QLatin1String("...")), 255);
    }
};

QTEST_GUILESS_MAIN(TestAuditFlood)
#include "test_audit_flood.moc"
