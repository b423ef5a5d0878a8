// The FCM HTTP v1 client against a real HTTP/2 mock of FCM and Google's OAuth2 token endpoint
// (tests/mock/fcm-mock.js), which verifies the service account's RS256 assertion with its public
// key: exact request bytes, token caching and renewal, every error class. The message shape is
// checked against FCM's own discovery document (shared/spec/android/fcm.v1.json).
#include "NodeMock.h"
#include "PushTestPki.h"

#include "push/FcmClient.h"
#include "push/FcmServiceAccount.h"
#include "push/Http2Client.h"
#include "push/PushDeliveryRepository.h"
#include "push/PushDispatcher.h"
#include "push/PushOutboxRepository.h"
#include "push/PushTokenRepository.h"
#include "fleet/DeviceRepository.h"
#include "settings/SettingsRepository.h"
#include "TestDatabase.h"

#include <QSignalSpy>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QRegularExpression>
#include <QTcpServer>

namespace {
// Checks `value` against a discovery-document schema: every key must be a declared property,
// enums must hold, strings must be strings, maps of strings must hold strings. Returns the problems.
QStringList validate(const QJsonObject &schemas, const QJsonObject &schema, const QJsonValue &value, const QString &where)
{
    if (schema.contains(QStringLiteral("$ref")))
        return validate(schemas, schemas.value(schema.value(QStringLiteral("$ref")).toString()).toObject(), value, where);
    const QString type = schema.value(QStringLiteral("type")).toString();
    QStringList problems;
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return {where + QStringLiteral(" is not a string")};
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value))
            problems << where + QStringLiteral(" = ") + value.toString() + QStringLiteral(" is not an allowed value");
        if (schema.value(QStringLiteral("format")).toString() == QLatin1String("google-duration")
            && !QRegularExpression(QStringLiteral("^\\d+(\\.\\d+)?s$")).match(value.toString()).hasMatch())
            problems << where + QStringLiteral(" is not a duration");
        return problems;
    }
    if (type == QLatin1String("object")) {
        if (!value.isObject())
            return {where + QStringLiteral(" is not an object")};
        const QJsonObject o = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const QJsonObject additional = schema.value(QStringLiteral("additionalProperties")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (properties.contains(it.key()))
                problems << validate(schemas, properties.value(it.key()).toObject(), it.value(), where + QLatin1Char('.') + it.key());
            else if (!additional.isEmpty())
                problems << validate(schemas, additional, it.value(), where + QLatin1Char('.') + it.key());
            else
                problems << where + QLatin1Char('.') + it.key() + QStringLiteral(" is not in the schema");
        }
    }
    return problems;
}
} // namespace

class TestPushFcm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PushTestPki *m_pki = nullptr;
    NodeMock m_mock;
    FcmServiceAccount m_account;

    QByteArray serviceAccountJson(const QString &keyFile, quint16 port) const
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("service_account")},
                                         {QStringLiteral("project_id"), QStringLiteral("clinic-test")},
                                         {QStringLiteral("private_key_id"), QStringLiteral("k1")},
                                         {QStringLiteral("private_key"), QString::fromLatin1(m_pki->read(keyFile))},
                                         {QStringLiteral("client_email"), QStringLiteral("push@clinic-test.iam.gserviceaccount.com")},
                                         {QStringLiteral("token_uri"), QStringLiteral("https://127.0.0.1:%1/token").arg(port)}})
            .toJson();
    }

    quint16 startMock(NodeMock &mock, const QString &record, const QStringList &extra = {})
    {
        // The audience is the token URI, which holds the port: pick a free port first.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        return mock.start(QStringLiteral("fcm-mock.js"),
                          QStringList{QStringLiteral("--key"), m_pki->path(QStringLiteral("server.key")), QStringLiteral("--cert"),
                                      m_pki->path(QStringLiteral("server.pem")), QStringLiteral("--public-key"),
                                      m_pki->path(QStringLiteral("sa.pub")), QStringLiteral("--issuer"),
                                      QStringLiteral("push@clinic-test.iam.gserviceaccount.com"), QStringLiteral("--audience"),
                                      QStringLiteral("https://127.0.0.1:%1/token").arg(port)} + extra,
                          record, port);
    }

    void configure(FcmClient &fcm, quint16 port, const FcmServiceAccount &account)
    {
        fcm.setServiceAccount(account);
        fcm.setEndpoints(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
        fcm.setTrustedRoots(QSslCertificate::fromData(m_pki->read(QStringLiteral("server-ca.pem"))));
    }

    PushResult send(FcmClient &fcm, const QString &token)
    {
        PushResult result;
        bool done = false;
        fcm.sendData(token, QJsonObject{{QStringLiteral("action"), QStringLiteral("checkin")}}, 3600, [&](const PushResult &r) {
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
        QVERIFY(startMock(m_mock, m_dir.filePath(QStringLiteral("fcm.jsonl"))) > 0);
        QVERIFY(FcmServiceAccount::fromJson(serviceAccountJson(QStringLiteral("sa.key"), m_mock.port()), m_account).ok());
    }
    void cleanupTestCase() { delete m_pki; }

    void serviceAccountFileIsChecked()
    {
        FcmServiceAccount a;
        QCOMPARE(FcmServiceAccount::fromJson("{\"type\":\"authorized_user\"}", a).code(), ErrorCode::InvalidInput);
        QCOMPARE(FcmServiceAccount::fromJson("not json", a).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_account.projectId, QStringLiteral("clinic-test"));
        QVERIFY(!m_account.metadata().contains(QStringLiteral("private_key")));
    }

    void messageMatchesTheFcmSchema()
    {
        const QString specPath = qEnvironmentVariable("CLINICMDM_SHARED_DIR") + QStringLiteral("/spec/android/fcm.v1.json");
        QFile spec(specPath);
        if (!spec.open(QIODevice::ReadOnly))
            QSKIP("CLINICMDM_SHARED_DIR/spec/android/fcm.v1.json is not available");
        const QJsonObject schemas = QJsonDocument::fromJson(spec.readAll()).object().value(QStringLiteral("schemas")).toObject();
        QVERIFY(schemas.contains(QStringLiteral("SendMessageRequest")));
        const QJsonObject message = FcmClient::message(QStringLiteral("tok"), QJsonObject{{QStringLiteral("action"), QStringLiteral("checkin")},
                                                                                          {QStringLiteral("attempt"), 3}}, 600);
        const QStringList problems = validate(schemas, schemas.value(QStringLiteral("SendMessageRequest")).toObject(), message, QStringLiteral("request"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
        // The validator does catch what FCM would refuse.
        QJsonObject wrong = message;
        QJsonObject m = wrong.value(QStringLiteral("message")).toObject();
        m.insert(QStringLiteral("android"), QJsonObject{{QStringLiteral("priority"), QStringLiteral("URGENT")}, {QStringLiteral("ttl"), 600}});
        wrong.insert(QStringLiteral("message"), m);
        QCOMPARE(validate(schemas, schemas.value(QStringLiteral("SendMessageRequest")).toObject(), wrong, QStringLiteral("request")).size(), 2);
    }

    void dataMessageWithOAuthTokenByteForByte()
    {
        NodeMock mock;
        const QString record = m_dir.filePath(QStringLiteral("bytes.jsonl"));
        QVERIFY(startMock(mock, record) > 0);
        FcmServiceAccount account;
        QVERIFY(FcmServiceAccount::fromJson(serviceAccountJson(QStringLiteral("sa.key"), mock.port()), account).ok());
        Http2Client http;
        FcmClient fcm(&http);
        configure(fcm, mock.port(), account);
        QCOMPARE(send(fcm, QStringLiteral("dev-token-1")).outcome, PushResult::Outcome::Delivered);
        QCOMPARE(send(fcm, QStringLiteral("dev-token-2")).outcome, PushResult::Outcome::Delivered);
        QCOMPARE(fcm.tokenRequests(), 1); // cached
        const QList<QJsonObject> requests = mock.requests();
        QCOMPARE(requests.size(), 3);
        const QJsonObject token = requests[0];
        QCOMPARE(token.value(QStringLiteral("path")).toString(), QStringLiteral("/token"));
        QCOMPARE(token.value(QStringLiteral("headers")).toObject().value(QStringLiteral("content-type")).toString(),
                 QStringLiteral("application/x-www-form-urlencoded"));
        const QUrlQuery form(token.value(QStringLiteral("body")).toString());
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded), QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        const QJsonObject send1 = requests[1];
        QCOMPARE(send1.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/projects/clinic-test/messages:send"));
        const QJsonObject h = send1.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer ya29.mock-1"));
        QCOMPARE(h.value(QStringLiteral("content-type")).toString(), QStringLiteral("application/json; charset=UTF-8"));
        QCOMPARE(send1.value(QStringLiteral("body")).toString(),
                 QStringLiteral("{\"message\":{\"android\":{\"priority\":\"HIGH\",\"ttl\":\"3600s\"},\"data\":{\"action\":\"checkin\"},"
                                "\"token\":\"dev-token-1\"}}"));
        QCOMPARE(h.value(QStringLiteral("content-length")).toString().toInt(), send1.value(QStringLiteral("body")).toString().size());
    }

    void accessTokenRenewedBeforeExpiry()
    {
        NodeMock mock;
        QVERIFY(startMock(mock, m_dir.filePath(QStringLiteral("renew.jsonl")), {QStringLiteral("--expires-in"), QStringLiteral("200")}) > 0);
        FcmServiceAccount account;
        QVERIFY(FcmServiceAccount::fromJson(serviceAccountJson(QStringLiteral("sa.key"), mock.port()), account).ok());
        Http2Client http;
        FcmClient fcm(&http);
        configure(fcm, mock.port(), account);
        QCOMPARE(send(fcm, QStringLiteral("a")).outcome, PushResult::Outcome::Delivered);
        QCOMPARE(send(fcm, QStringLiteral("b")).outcome, PushResult::Outcome::Delivered);
        // 200 s of validity is inside the renewal margin: each send fetched a fresh token.
        QCOMPARE(fcm.tokenRequests(), 2);
        QCOMPARE(mock.requests().last().value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer ya29.mock-2"));
    }

    void errorClasses_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reasonStart");
        QTest::addColumn<qint64>("retryAfter");
        QTest::newRow("unregistered") << "unreg-1" << int(PushResult::Outcome::Unregistered) << 404 << "UNREGISTERED" << qint64(0);
        QTest::newRow("429") << "quota-1" << int(PushResult::Outcome::Retry) << 429 << "QUOTA_EXCEEDED" << qint64(7);
        QTest::newRow("503") << "unavail-1" << int(PushResult::Outcome::Retry) << 503 << "UNAVAILABLE" << qint64(0);
        QTest::newRow("500") << "internal-1" << int(PushResult::Outcome::Retry) << 500 << "INTERNAL" << qint64(0);
        QTest::newRow("400") << "bad-1" << int(PushResult::Outcome::Rejected) << 400 << "INVALID_ARGUMENT" << qint64(0);
        QTest::newRow("403 sender") << "mismatch-1" << int(PushResult::Outcome::Invalid) << 403 << "SENDER_ID_MISMATCH" << qint64(0);
        QTest::newRow("403") << "denied-1" << int(PushResult::Outcome::CredentialsRejected) << 403 << "PERMISSION_DENIED" << qint64(0);
    }
    void errorClasses()
    {
        QFETCH(QString, token);
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QString, reasonStart);
        QFETCH(qint64, retryAfter);
        Http2Client http;
        FcmClient fcm(&http);
        configure(fcm, m_mock.port(), m_account);
        const PushResult r = send(fcm, token);
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.httpStatus, status);
        QVERIFY2(r.reason.startsWith(reasonStart), qPrintable(r.reason));
        QCOMPARE(r.retryAfterSeconds, retryAfter);
    }

    void dispatcherRetriesOnlyWhatFcmSaysToRetry()
    {
        TestDatabase tdb;
        SettingsRepository settings(tdb.db());
        settings.setValue(Setting::PushFcmEndpoint, QStringLiteral("https://127.0.0.1:%1").arg(m_mock.port()));
        settings.setValue(Setting::PushTrustedRootsFile, m_pki->path(QStringLiteral("server-ca.pem")));
        QHash<QString, qint64> ids;
        for (const QString &token : {QStringLiteral("quota-d"), QStringLiteral("bad-d"), QStringLiteral("unreg-d"), QStringLiteral("ok-d")}) {
            Device d;
            d.name = token;
            d.serial = token.toUpper();
            d.platform = Platform::Android;
            QVERIFY(DeviceRepository(tdb.db()).insert(d).ok());
            PushToken t;
            t.deviceId = d.id;
            t.service = PushToken::Service::Fcm;
            t.token = token;
            t.updatedAt = 1;
            QVERIFY(PushTokenRepository(tdb.db()).upsert(t).ok());
            QVERIFY(PushOutboxRepository(tdb.db()).enqueue(d.id, QStringLiteral("test"), 2000000000).ok());
            ids.insert(token, d.id);
        }
        qint64 now = 2000000000;
        PushDispatcher dispatcher(tdb.db());
        dispatcher.setClock([&now] { return now; });
        PushCredentials c;
        c.fcm = m_account;
        QVERIFY(dispatcher.configure(c).ok());
        QSignalSpy finished(&dispatcher, &PushDispatcher::pushFinished);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        PushDeliveryRepository delivery(tdb.db());
        QCOMPARE(delivery.find(ids.value(QStringLiteral("ok-d")))->result, QStringLiteral("delivered"));
        QCOMPARE(delivery.find(ids.value(QStringLiteral("bad-d")))->result, QStringLiteral("failed"));
        QVERIFY(delivery.find(ids.value(QStringLiteral("bad-d")))->reason.startsWith(QLatin1String("INVALID_ARGUMENT")));
        QCOMPARE(PushTokenRepository(tdb.db()).find(ids.value(QStringLiteral("unreg-d")))->state, QStringLiteral("unregistered"));
        // Only the 429 stays, not before the server's Retry-After (7 s).
        const QList<PushOutboxEntry> left = PushOutboxRepository(tdb.db()).all();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().deviceId, ids.value(QStringLiteral("quota-d")));
        QVERIFY(left.first().nextAttemptAt >= now + 7);
        now += 8;
        dispatcher.drainNow();
        QTRY_COMPARE_WITH_TIMEOUT(delivery.find(ids.value(QStringLiteral("quota-d")))->result, QStringLiteral("delivered"), 30000);
        QCOMPARE(PushOutboxRepository(tdb.db()).count(), 0);
    }

    void assertionSignedWithAnotherKeyIsRefused()
    {
        NodeMock mock;
        const QString record = m_dir.filePath(QStringLiteral("wrongkey.jsonl"));
        QVERIFY(startMock(mock, record) > 0);
        FcmServiceAccount account;
        QVERIFY(FcmServiceAccount::fromJson(serviceAccountJson(QStringLiteral("sa-other.key"), mock.port()), account).ok());
        Http2Client http;
        FcmClient fcm(&http);
        configure(fcm, mock.port(), account);
        const PushResult r = send(fcm, QStringLiteral("dev"));
        QCOMPARE(r.outcome, PushResult::Outcome::CredentialsRejected);
        QCOMPARE(r.httpStatus, 400);
        QVERIFY(r.reason.contains(QLatin1String("invalid_grant")));
        QCOMPARE(mock.requests().size(), 1); // only the token request: no message went out unauthenticated
    }
};

QTEST_GUILESS_MAIN(TestPushFcm)
#include "test_push_fcm.moc"
