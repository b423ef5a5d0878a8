// The APNs client against a real HTTP/2 server on loopback (tests/mock/apns-mock.js, TLS, verifying
// the client certificate): exact request bytes, every response class, stream limits, GOAWAY,
// dropped connections, timeouts, and token-based authentication (ES256 JWT verified here).
#include "NodeMock.h"
#include "PushTestPki.h"

#include "push/ApnsClient.h"
#include "push/ApnsTokenSigner.h"
#include "push/Http2Client.h"
#include "push/PushCertificate.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>

#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace {
const QString kToken = QStringLiteral("00a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f");

// Verifies an ES256 JWT (raw r||s signature) with a PEM public key.
bool verifyEs256(const QByteArray &jwt, const QByteArray &publicPem)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray raw = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    if (raw.size() != 64)
        return false;
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr),
                   BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    BIO *bio = BIO_new_mem_buf(publicPem.constData(), int(publicPem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const QByteArray input = parts[0] + '.' + parts[1];
    const bool ok = key && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
                    && EVP_DigestVerify(ctx, der, size_t(derLength), reinterpret_cast<const unsigned char *>(input.constData()),
                                        size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    OPENSSL_free(der);
    return ok;
}
} // namespace

class TestPushApns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PushTestPki *m_pki = nullptr;
    NodeMock m_mock;
    QString m_record;

    quint16 startMock(NodeMock &mock, const QStringList &extra, const QString &record)
    {
        return mock.start(QStringLiteral("apns-mock.js"),
                          QStringList{QStringLiteral("--key"), m_pki->path(QStringLiteral("server.key")), QStringLiteral("--cert"),
                                      m_pki->path(QStringLiteral("server.pem")), QStringLiteral("--ca"),
                                      m_pki->path(QStringLiteral("apple-ca.pem"))} + extra,
                          record);
    }

    void configure(ApnsClient &apns, quint16 port, bool withCertificate = true)
    {
        apns.setServer(false, QStringLiteral("127.0.0.1"), port);
        apns.setTrustedRoots(QSslCertificate::fromData(m_pki->read(QStringLiteral("server-ca.pem"))));
        if (withCertificate)
            apns.setCertificate(QSslCertificate(m_pki->read(QStringLiteral("push.pem"))),
                                QSslKey(m_pki->read(QStringLiteral("push.key")), QSsl::Rsa));
    }

    // Sends one MDM wake and waits for its result.
    PushResult wake(ApnsClient &apns, const QString &token, const QString &magic = QStringLiteral("MAGIC-1"))
    {
        PushResult result;
        bool done = false;
        apns.sendMdmWake(token, magic, m_pki->topic(), 1767225600, [&](const PushResult &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(NodeMock::nodeAvailable(), "node is missing: run packaging/install-deps.sh --with-tests");
        m_pki = new PushTestPki(m_dir.path());
        QVERIFY2(m_pki->create(), "openssl could not make the test certificates");
        m_record = m_dir.filePath(QStringLiteral("apns.jsonl"));
        QVERIFY(startMock(m_mock, {}, m_record) > 0);
    }
    void cleanupTestCase() { delete m_pki; }

    void mdmWakeIsExactlyWhatAppleSpecifies()
    {
        Http2Client http;
        ApnsClient apns(&http);
        configure(apns, m_mock.port());
        const int before = int(m_mock.requests().size());
        const PushResult r = wake(apns, kToken, QStringLiteral("5F1A-MAGIC"));
        QCOMPARE(r.outcome, PushResult::Outcome::Delivered);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.id.startsWith(QLatin1String("00000000-0000-4000-8000-")));
        const QList<QJsonObject> requests = m_mock.requests();
        QCOMPARE(requests.size(), before + 1);
        const QJsonObject q = requests.last();
        QCOMPARE(q.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(q.value(QStringLiteral("path")).toString(), QStringLiteral("/3/device/") + kToken);
        QCOMPARE(q.value(QStringLiteral("body")).toString(), QStringLiteral("{\"mdm\":\"5F1A-MAGIC\"}"));
        const QJsonObject expected{{QStringLiteral("apns-expiration"), QStringLiteral("1767225600")},
                                   {QStringLiteral("apns-priority"), QStringLiteral("10")},
                                   {QStringLiteral("apns-push-type"), QStringLiteral("mdm")},
                                   {QStringLiteral("apns-topic"), m_pki->topic()},
                                   {QStringLiteral("content-length"), QStringLiteral("20")}};
        QCOMPARE(q.value(QStringLiteral("headers")).toObject(), expected);
        // The mock saw our MDM push certificate as the TLS client certificate.
        QCOMPARE(q.value(QStringLiteral("clientUid")).toString(), m_pki->topic());
    }

    void responseClasses_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("410") << "0410" << int(PushResult::Outcome::Unregistered) << 410 << "Unregistered";
        QTest::newRow("400 bad token") << "0400" << int(PushResult::Outcome::Invalid) << 400 << "BadDeviceToken";
        QTest::newRow("400 topic") << "0401" << int(PushResult::Outcome::Invalid) << 400 << "DeviceTokenNotForTopic";
        QTest::newRow("403") << "0403" << int(PushResult::Outcome::CredentialsRejected) << 403 << "BadCertificate";
        QTest::newRow("429") << "0429" << int(PushResult::Outcome::Retry) << 429 << "TooManyRequests";
        QTest::newRow("500") << "0500" << int(PushResult::Outcome::Retry) << 500 << "InternalServerError";
        QTest::newRow("503") << "0503" << int(PushResult::Outcome::Retry) << 503 << "ServiceUnavailable";
    }
    void responseClasses()
    {
        QFETCH(QString, prefix);
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QString, reason);
        Http2Client http;
        ApnsClient apns(&http);
        configure(apns, m_mock.port());
        const QString token = prefix + QUuid::createUuid().toString(QUuid::Id128);
        const PushResult r = wake(apns, token);
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.reason, reason);
        if (status == 410)
            QCOMPARE(r.timestamp, qint64(1767225600)); // APNs' milliseconds, kept as seconds
        if (status == 429 || status >= 500) // retried later: the mock then answers 200
            QCOMPARE(wake(apns, token).outcome, PushResult::Outcome::Delivered);
    }

    void withoutTheClientCertificateTheServerRefuses()
    {
        Http2Client http;
        ApnsClient apns(&http);
        configure(apns, m_mock.port(), false);
        const int before = int(m_mock.requests().size());
        const PushResult r = wake(apns, kToken);
        QCOMPARE(r.outcome, PushResult::Outcome::Retry);
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(int(m_mock.requests().size()), before);
    }

    void manyStreamsOverOneConnectionWithinTheServerLimit()
    {
        NodeMock mock;
        const QString record = m_dir.filePath(QStringLiteral("limit.jsonl"));
        QVERIFY(startMock(mock, {QStringLiteral("--max-streams"), QStringLiteral("8"), QStringLiteral("--delay-ms"), QStringLiteral("5")}, record) > 0);
        Http2Client http;
        ApnsClient apns(&http);
        configure(apns, mock.port());
        int delivered = 0, done = 0;
        for (int i = 0; i < 300; ++i)
            apns.sendMdmWake(QStringLiteral("00%1").arg(i, 8, 16, QLatin1Char('0')), QStringLiteral("M"), m_pki->topic(), 0,
                             [&](const PushResult &r) {
                                 ++done;
                                 delivered += r.outcome == PushResult::Outcome::Delivered;
                             });
        QTRY_COMPARE_WITH_TIMEOUT(done, 300, 60000);
        QCOMPARE(delivered, 300); // over the limit they waited in the queue; none was refused or lost
        QCOMPARE(http.connectionsOpened(), 1);
    }

    void goawayMovesUnfinishedStreamsToANewConnection()
    {
        NodeMock mock;
        const QString record = m_dir.filePath(QStringLiteral("goaway.jsonl"));
        QVERIFY(startMock(mock, {QStringLiteral("--goaway-after"), QStringLiteral("40"), QStringLiteral("--delay-ms"), QStringLiteral("20")}, record) > 0);
        Http2Client http;
        ApnsClient apns(&http);
        configure(apns, mock.port());
        int delivered = 0, done = 0;
        for (int i = 0; i < 200; ++i)
            apns.sendMdmWake(QStringLiteral("00%1").arg(i, 8, 16, QLatin1Char('0')), QStringLiteral("M"), m_pki->topic(), 0,
                             [&](const PushResult &r) {
                                 ++done;
                                 delivered += r.outcome == PushResult::Outcome::Delivered;
                             });
        QTRY_COMPARE_WITH_TIMEOUT(done, 200, 60000);
        QCOMPARE(delivered, 200);
        QVERIFY2(http.connectionsOpened() >= 5, qPrintable(QString::number(http.connectionsOpened())));
        // Every token reached the server and was answered: the mock's sessions each took <= 40.
        QSet<QString> paths;
        for (const QJsonObject &q : mock.requests())
            paths.insert(q.value(QStringLiteral("path")).toString());
        QCOMPARE(paths.size(), 200);
    }

    void droppedConnectionReportsRetryAndReconnects()
    {
        NodeMock mock;
        const QString record = m_dir.filePath(QStringLiteral("drop.jsonl"));
        QVERIFY(startMock(mock, {QStringLiteral("--drop-after"), QStringLiteral("3"), QStringLiteral("--delay-ms"), QStringLiteral("30")}, record) > 0);
        Http2Client http;
        ApnsClient apns(&http);
        configure(apns, mock.port());
        QList<PushResult> results;
        for (int i = 0; i < 6; ++i)
            apns.sendMdmWake(QStringLiteral("00%1").arg(i, 4, 16, QLatin1Char('0')), QStringLiteral("M"), m_pki->topic(), 0,
                             [&](const PushResult &r) { results << r; });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 6, 30000);
        int retries = 0;
        for (const PushResult &r : results)
            retries += r.outcome == PushResult::Outcome::Retry;
        QVERIFY(retries >= 3); // the ones in flight when the server vanished: reported for a retry, not lost
        // A new push opens a new connection.
        QCOMPARE(wake(apns, QStringLiteral("00ffff")).outcome, PushResult::Outcome::Delivered);
        QVERIFY(http.connectionsOpened() >= 2);
    }

    void unansweredPushTimesOut()
    {
        NodeMock mock;
        const QString record = m_dir.filePath(QStringLiteral("hang.jsonl"));
        QVERIFY(startMock(mock, {QStringLiteral("--hang-token"), QStringLiteral("0777")}, record) > 0);
        Http2Client http;
        ApnsClient apns(&http);
        configure(apns, mock.port());
        apns.setTimeout(300);
        const PushResult r = wake(apns, QStringLiteral("0777abcd"));
        QCOMPARE(r.outcome, PushResult::Outcome::Retry);
        QVERIFY(r.reason.contains(QLatin1String("300")));
        // The connection survives a timed-out stream.
        QCOMPARE(wake(apns, QStringLiteral("00abcd")).outcome, PushResult::Outcome::Delivered);
        QCOMPARE(http.connectionsOpened(), 1);
    }

    void tokenAuthenticationSignsAndRefreshes()
    {
        ApnsTokenSigner signer;
        QVERIFY(!ApnsTokenSigner::create(m_pki->read(QStringLiteral("authkey.p8")), QStringLiteral("short"), QStringLiteral("TEAM123456"), signer));
        QVERIFY(ApnsTokenSigner::create(m_pki->read(QStringLiteral("authkey.p8")), QStringLiteral("ABC123DEFG"), QStringLiteral("TEAM123456"), signer).ok());
        QByteArray first, again, later;
        QVERIFY(signer.token(1000000, &first).ok());
        QVERIFY(signer.token(1000000 + 20 * 60, &again).ok());
        QCOMPARE(again, first); // reused: Apple throttles tokens renewed too often
        QVERIFY(signer.token(1000000 + 41 * 60, &later).ok());
        QVERIFY(later != first); // renewed before Apple's one-hour limit
        QVERIFY(verifyEs256(first, m_pki->read(QStringLiteral("authkey.pub"))));
        const QJsonObject header = QJsonDocument::fromJson(QByteArray::fromBase64(first.split('.')[0], QByteArray::Base64UrlEncoding)).object();
        const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(first.split('.')[1], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(header, (QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), QStringLiteral("ABC123DEFG")}}));
        QCOMPARE(claims, (QJsonObject{{QStringLiteral("iss"), QStringLiteral("TEAM123456")}, {QStringLiteral("iat"), 1000000}}));

        // An app push carries the bearer token, over a connection without a client certificate.
        NodeMock mock;
        const QString record = m_dir.filePath(QStringLiteral("token.jsonl"));
        QVERIFY(mock.start(QStringLiteral("apns-mock.js"),
                           {QStringLiteral("--key"), m_pki->path(QStringLiteral("server.key")), QStringLiteral("--cert"),
                            m_pki->path(QStringLiteral("server.pem"))}, record) > 0);
        Http2Client http;
        ApnsClient apns(&http);
        configure(apns, mock.port(), false);
        apns.setTokenSigner(&signer);
        PushResult result;
        bool done = false;
        apns.sendAppPush(kToken, QStringLiteral("org.clinic.app"), QJsonObject{{QStringLiteral("aps"), QJsonObject{{QStringLiteral("content-available"), 1}}}},
                         QStringLiteral("background"), 5, [&](const PushResult &r) { result = r; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(result.outcome, PushResult::Outcome::Delivered);
        const QJsonObject q = mock.requests().last();
        const QJsonObject h = q.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.value(QStringLiteral("apns-push-type")).toString(), QStringLiteral("background"));
        QCOMPARE(h.value(QStringLiteral("apns-priority")).toString(), QStringLiteral("5"));
        QCOMPARE(h.value(QStringLiteral("apns-topic")).toString(), QStringLiteral("org.clinic.app"));
        const QByteArray bearer = h.value(QStringLiteral("authorization")).toString().toLatin1();
        QVERIFY(bearer.startsWith("bearer "));
        QVERIFY(verifyEs256(bearer.mid(7), m_pki->read(QStringLiteral("authkey.pub"))));
        QCOMPARE(q.value(QStringLiteral("body")).toString(), QStringLiteral("{\"aps\":{\"content-available\":1}}"));
    }

    void pushCertificateParsing()
    {
        PushCertificate c;
        QVERIFY(PushCertificate::fromCertificateAndKey(m_pki->read(QStringLiteral("push.pem")), m_pki->read(QStringLiteral("push.key")), {}, c).ok());
        QCOMPARE(c.topic, m_pki->topic());
        QVERIFY(c.notAfter > QDateTime::currentDateTimeUtc().addDays(19));
        QVERIFY(m_pki->pkcs12(QStringLiteral("push"), QStringLiteral("p12 secret")));
        PushCertificate p;
        QVERIFY(PushCertificate::fromPkcs12(m_pki->read(QStringLiteral("push.p12")), QStringLiteral("p12 secret"), p).ok());
        QCOMPARE(p.topic, m_pki->topic());
        QCOMPARE(p.sha256Hex, c.sha256Hex);
        const Status wrongPassword = PushCertificate::fromPkcs12(m_pki->read(QStringLiteral("push.p12")), QStringLiteral("nope"), p);
        QCOMPARE(wrongPassword.code(), ErrorCode::InvalidInput);
        // The key of another certificate, and a TLS certificate without an MDM topic, are refused.
        QVERIFY(!PushCertificate::fromCertificateAndKey(m_pki->read(QStringLiteral("push.pem")), m_pki->read(QStringLiteral("push-other.key")), {}, c));
        const Status notMdm = PushCertificate::fromCertificateAndKey(m_pki->read(QStringLiteral("server.pem")), m_pki->read(QStringLiteral("server.key")), {}, c);
        QVERIFY(notMdm.message().contains(QLatin1String("com.apple.mgmt.External")));
        QVERIFY(PushCertificate::isMdmTopic(QStringLiteral("com.apple.mgmt.External.1b2c3d4e-0000-4000-8000-123456789abc")));
        QVERIFY(!PushCertificate::isMdmTopic(QStringLiteral("com.apple.mgmt.External.")));
        QVERIFY(!PushCertificate::isMdmTopic(QStringLiteral("com.example.app")));
    }
};

QTEST_GUILESS_MAIN(TestPushApns)
#include "test_push_apns.moc"
