// Delivery end to end: a queued command writes a wake into the outbox in the same transaction, the
// PushDispatcher sends it as a real HTTP/2 push (tests/mock/apns-mock.js) and records the outcome
// (token state, last push, the certificate alarm, the persisted retry schedule); a drain killed
// mid-way and restarted loses no wake; the push certificate's topic rule on the command line.
#include "CliRunner.h"
#include "NodeMock.h"
#include "PushTestPki.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "commands/DeviceCommandService.h"
#include "fleet/DeviceRepository.h"
#include "push/PushCertificateExpiry.h"
#include "push/PushCertificateService.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "push/PushDeliveryRepository.h"
#include "push/PushDispatcher.h"
#include "push/PushOutboxRepository.h"
#include "push/PushTokenRepository.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsRepository.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

class TestPushDelivery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PushTestPki *m_pki = nullptr;

    QStringList mockArgs() const
    {
        return {QStringLiteral("--key"), m_pki->path(QStringLiteral("server.key")), QStringLiteral("--cert"),
                m_pki->path(QStringLiteral("server.pem")), QStringLiteral("--ca"), m_pki->path(QStringLiteral("apple-ca.pem"))};
    }

    void pointAt(Database &db, quint16 port)
    {
        SettingsRepository s(db);
        s.setValue(Setting::PushApnsHost, QStringLiteral("127.0.0.1"));
        s.setValue(Setting::PushApnsPort, port);
        s.setValue(Setting::PushTrustedRootsFile, m_pki->path(QStringLiteral("server-ca.pem")));
    }

    PushCredentials credentials() const
    {
        PushCredentials c;
        c.apnsCertificatePem = m_pki->read(QStringLiteral("push.pem"));
        c.apnsKeyPem = m_pki->read(QStringLiteral("push.key"));
        c.apnsTopic = m_pki->topic();
        return c;
    }

    qint64 addDevice(Database &db, const QString &name, const QString &token)
    {
        Device d;
        d.name = name;
        d.serial = name.toUpper();
        d.platform = Platform::iOS;
        if (!DeviceRepository(db).insert(d))
            return 0;
        PushToken t;
        t.deviceId = d.id;
        t.token = token;
        t.pushMagic = QStringLiteral("MAGIC-") + name;
        t.topic = m_pki->topic();
        t.updatedAt = 1;
        PushTokenRepository(db).upsert(t);
        return d.id;
    }

    void storeCertificateMetadata(Database &db)
    {
        PushCertificate c;
        QVERIFY(PushCertificate::fromCertificateAndKey(m_pki->read(QStringLiteral("push.pem")), m_pki->read(QStringLiteral("push.key")), {}, c).ok());
        QVERIFY(PushCredentialRepository(db).put(QString::fromLatin1(PushCredentialNames::ApnsCertificate), c.metadata(), 1).ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(NodeMock::nodeAvailable(), "node is missing: run packaging/install-deps.sh --with-tests");
        m_pki = new PushTestPki(m_dir.path());
        QVERIFY2(m_pki->create(), "openssl could not make the test certificates");
    }
    void cleanupTestCase() { delete m_pki; }

    void queuedCommandWakesTheDevice()
    {
        TestDatabase tdb;
        NodeMock mock;
        QVERIFY(mock.start(QStringLiteral("apns-mock.js"), mockArgs(), m_dir.filePath(QStringLiteral("e2e.jsonl"))) > 0);
        pointAt(tdb.db(), mock.port());
        const QString token = QStringLiteral("00e2e0000000000000000000000000000000000000000000000000000000000f");
        const qint64 id = addDevice(tdb.db(), QStringLiteral("ipad-1"), token);
        AdminSession admin(&tdb.db(), 1, QStringLiteral("root"), Role::Administrator, true);
        admin.setAuthenticatedAt(QDateTime::currentSecsSinceEpoch());
        DeviceCommand queued;
        QVERIFY(DeviceCommandService(tdb.db()).lock(admin, id, QStringLiteral("Lost"), {}, &queued).ok());
        // Same transaction: the command and its wake.
        const QList<PushOutboxEntry> waiting = PushOutboxRepository(tdb.db()).all();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().deviceId, id);
        QCOMPARE(waiting.first().origin, QStringLiteral("command ") + queued.uuid);
        // A second command while the wake is still waiting needs no second wake.
        QVERIFY(DeviceCommandService(tdb.db()).selectiveWipe(admin, id).ok());
        QCOMPARE(PushOutboxRepository(tdb.db()).count(), 1);

        PushDispatcher dispatcher(tdb.db());
        QVERIFY(dispatcher.configure(credentials()).ok());
        QSignalSpy finished(&dispatcher, &PushDispatcher::pushFinished);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(PushOutboxRepository(tdb.db()).count(), 0);
        const auto delivery = PushDeliveryRepository(tdb.db()).find(id);
        QVERIFY(delivery);
        QCOMPARE(delivery->result, QStringLiteral("delivered"));
        const QJsonObject q = mock.requests().last();
        QCOMPARE(q.value(QStringLiteral("path")).toString(), QStringLiteral("/3/device/") + token);
        QCOMPARE(q.value(QStringLiteral("body")).toString(), QStringLiteral("{\"mdm\":\"MAGIC-ipad-1\"}"));
        QCOMPARE(q.value(QStringLiteral("headers")).toObject().value(QStringLiteral("apns-topic")).toString(), m_pki->topic());
        // Rows a rollback would have left: none. A rolled-back command takes its wake with it.
        QSqlDatabase conn = tdb.db().connection();
        QVERIFY(conn.transaction());
        DeviceCommand c;
        c.uuid = QStringLiteral("ROLLED-BACK");
        c.deviceId = id;
        c.requestType = QStringLiteral("DeviceLock");
        c.queuedAt = 5;
        QVERIFY(CommandRepository(tdb.db()).enqueue(c).ok());
        QVERIFY(conn.rollback());
        QCOMPARE(PushOutboxRepository(tdb.db()).count(), 0);
    }

    void everyFailureClassIsRecorded()
    {
        TestDatabase tdb;
        NodeMock mock;
        QVERIFY(mock.start(QStringLiteral("apns-mock.js"), mockArgs(), m_dir.filePath(QStringLiteral("classes.jsonl"))) > 0);
        pointAt(tdb.db(), mock.port());
        storeCertificateMetadata(tdb.db());
        const qint64 gone = addDevice(tdb.db(), QStringLiteral("gone"), QStringLiteral("0410aa"));
        const qint64 bad = addDevice(tdb.db(), QStringLiteral("bad"), QStringLiteral("0400aa"));
        const qint64 refused = addDevice(tdb.db(), QStringLiteral("refused"), QStringLiteral("0403aa"));
        const qint64 busy = addDevice(tdb.db(), QStringLiteral("busy"), QStringLiteral("0500aa"));
        const qint64 silent = addDevice(tdb.db(), QStringLiteral("silent"), QString());
        PushTokenRepository(tdb.db()).remove(silent);
        qint64 now = 2000000000;
        PushOutboxRepository outbox(tdb.db());
        for (qint64 id : {gone, bad, refused, busy, silent})
            QVERIFY(outbox.enqueue(id, QStringLiteral("test"), now).ok());

        PushDispatcher dispatcher(tdb.db());
        dispatcher.setClock([&now] { return now; });
        QVERIFY(dispatcher.configure(credentials()).ok());
        QSignalSpy alarms(&dispatcher, &PushDispatcher::certificateAlarm);
        QSignalSpy idle(&dispatcher, &PushDispatcher::idle);
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(PushDeliveryRepository(tdb.db()).find(busy).has_value() && PushDeliveryRepository(tdb.db()).find(refused).has_value()
                                     && PushDeliveryRepository(tdb.db()).find(gone).has_value() && PushDeliveryRepository(tdb.db()).find(bad).has_value(),
                                 30000);
        PushTokenRepository tokens(tdb.db());
        QCOMPARE(tokens.find(gone)->state, QStringLiteral("unregistered"));
        QCOMPARE(tokens.find(gone)->stateChangedAt, qint64(1767225600)); // APNs' own timestamp
        QCOMPARE(tokens.find(bad)->state, QStringLiteral("invalid"));
        QCOMPARE(tokens.find(bad)->stateReason, QStringLiteral("BadDeviceToken"));
        QCOMPARE(PushDeliveryRepository(tdb.db()).find(silent)->result, QStringLiteral("no-channel"));
        // 403: the alarm is raised and stored; the wake waits for a fixed certificate.
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(PushCertificateService(tdb.db()).current()->alarm, QStringLiteral("BadCertificate"));
        // 500: rescheduled with backoff, persisted.
        QList<PushOutboxEntry> left = outbox.all();
        QCOMPARE(left.size(), 2);
        for (const PushOutboxEntry &e : left) {
            QVERIFY(e.deviceId == refused || e.deviceId == busy);
            QCOMPARE(e.attempts, 1);
            QVERIFY(e.nextAttemptAt >= now + 1 && e.nextAttemptAt <= now + 2);
        }
        QCOMPARE(PushDeliveryRepository(tdb.db()).find(busy)->result, QStringLiteral("retrying"));
        QTRY_VERIFY(!idle.isEmpty());
        // Time passes: the retry goes out and the mock now answers 200.
        now += 3;
        dispatcher.drainNow();
        QTRY_COMPARE_WITH_TIMEOUT(PushDeliveryRepository(tdb.db()).find(busy)->result, QStringLiteral("delivered"), 30000);
        QCOMPARE(outbox.count(busy), 0);
        QCOMPARE(outbox.count(refused), 1);
        QCOMPARE(outbox.all().first().attempts, 2);
    }

    void offlineWakesWaitForTheServer()
    {
        TestDatabase tdb;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: "offline"
        pointAt(tdb.db(), port);
        const qint64 id = addDevice(tdb.db(), QStringLiteral("later"), QStringLiteral("00bb"));
        qint64 now = 2000000000;
        QVERIFY(PushOutboxRepository(tdb.db()).enqueue(id, QStringLiteral("test"), now).ok());
        PushDispatcher dispatcher(tdb.db());
        dispatcher.setClock([&now] { return now; });
        QVERIFY(dispatcher.configure(credentials()).ok());
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(PushDeliveryRepository(tdb.db()).find(id).has_value(), 30000);
        QCOMPARE(PushDeliveryRepository(tdb.db()).find(id)->result, QStringLiteral("retrying"));
        QCOMPARE(PushOutboxRepository(tdb.db()).count(), 1);
        NodeMock mock;
        QVERIFY(mock.start(QStringLiteral("apns-mock.js"), mockArgs(), m_dir.filePath(QStringLiteral("offline.jsonl")), port) > 0);
        now += 3;
        dispatcher.drainNow();
        QTRY_COMPARE_WITH_TIMEOUT(PushDeliveryRepository(tdb.db()).find(id)->result, QStringLiteral("delivered"), 30000);
        QCOMPARE(PushOutboxRepository(tdb.db()).count(), 0);
    }

    void killedDrainLosesNothing()
    {
        if (CliRunner::binary().isEmpty())
            QSKIP("CLINICMDM_BINARY does not name the clinicmdm executable (run through ctest)");
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
        NodeMock mock;
        // Slow and narrow, so the drain is still busy when it is killed.
        QVERIFY(mock.start(QStringLiteral("apns-mock.js"), mockArgs() + QStringList{QStringLiteral("--delay-ms"), QStringLiteral("150"),
                                                                                    QStringLiteral("--max-streams"), QStringLiteral("4")},
                           m_dir.filePath(QStringLiteral("kill.jsonl"))) > 0);
        pointAt(tdb.db(), mock.port());
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), tdb.dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("push test passphrase"));
        CliRunner cli(tdb.path());
        const QStringList as = TestAdmin::signInArgs(QStringLiteral("test-root"));
        const auto imported = cli.run(as + QStringList{QStringLiteral("push"), QStringLiteral("cert"), QStringLiteral("import"),
                                                       m_pki->path(QStringLiteral("push.pem")), QStringLiteral("--key"),
                                                       m_pki->path(QStringLiteral("push.key")), QStringLiteral("--apple-id"),
                                                       QStringLiteral("it@clinic.example")}, env);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        constexpr int Devices = 60;
        QStringList tokens;
        for (int i = 0; i < Devices; ++i) {
            tokens << QStringLiteral("00cc%1").arg(i, 4, 10, QLatin1Char('0'));
            const qint64 id = addDevice(tdb.db(), QStringLiteral("dev%1").arg(i), tokens.last());
            DeviceCommand c;
            c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.deviceId = id;
            c.requestType = QStringLiteral("DeviceLock");
            c.queuedAt = QDateTime::currentSecsSinceEpoch();
            QVERIFY(CommandRepository(tdb.db()).enqueue(c).ok());
        }
        QCOMPARE(PushOutboxRepository(tdb.db()).count(), Devices);

        QProcess drain;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        drain.setProcessEnvironment(e);
        drain.setStandardInputFile(QProcess::nullDevice());
        drain.start(CliRunner::binary(), QStringList{QStringLiteral("--db"), tdb.path()} + as + QStringList{QStringLiteral("push"), QStringLiteral("drain")});
        QTRY_VERIFY_WITH_TIMEOUT(mock.requests().size() >= 8, 30000);
        drain.kill(); // SIGKILL: no cleanup, streams in flight
        QVERIFY(drain.waitForFinished(10000));
        const int left = PushOutboxRepository(tdb.db()).count();
        QVERIFY2(left > 0 && left < Devices, qPrintable(QString::number(left)));

        const auto resumed = cli.run(as + QStringList{QStringLiteral("push"), QStringLiteral("drain")}, env);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(PushOutboxRepository(tdb.db()).count(), 0);
        QSet<QString> woken;
        for (const QJsonObject &q : mock.requests())
            woken.insert(q.value(QStringLiteral("path")).toString().mid(10));
        for (const QString &t : tokens)
            QVERIFY2(woken.contains(t), qPrintable(t));
        for (int i = 1; i <= Devices; ++i)
            QCOMPARE(PushDeliveryRepository(tdb.db()).find(i + 0)->result, QStringLiteral("delivered"));

        // `devices show` prints the push channel and the last push.
        const auto shown = cli.run(as + QStringList{QStringLiteral("devices"), QStringLiteral("show"), QStringLiteral("1")}, env);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QLatin1String("APNs (active)")) && shown.out.contains(QLatin1String("delivered")), qPrintable(shown.out));
    }

    void anotherTopicIsRefusedUnlessAccepted()
    {
        if (CliRunner::binary().isEmpty())
            QSKIP("CLINICMDM_BINARY does not name the clinicmdm executable (run through ctest)");
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("viewer"), Role::Auditor));
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), tdb.dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("push test passphrase"));
        CliRunner cli(tdb.path());
        const QStringList as = TestAdmin::signInArgs(QStringLiteral("test-root"));
        auto import = [&](const QString &name, const QStringList &extra = {}, const QString &user = QStringLiteral("test-root")) {
            return cli.run(TestAdmin::signInArgs(user) + QStringList{QStringLiteral("push"), QStringLiteral("cert"), QStringLiteral("import"),
                                                                     m_pki->path(name + QStringLiteral(".pem")), QStringLiteral("--key"),
                                                                     m_pki->path(name + QStringLiteral(".key"))} + extra, env);
        };
        QCOMPARE(import(QStringLiteral("push"), {}, QStringLiteral("viewer")).exitCode, int(ErrorCode::PermissionDenied));
        QCOMPARE(import(QStringLiteral("push")).exitCode, 0);
        QCOMPARE(import(QStringLiteral("push")).exitCode, 0); // a renewal (same topic) just goes
        const auto refused = import(QStringLiteral("push-other"));
        QCOMPARE(refused.exitCode, int(ErrorCode::Conflict));
        QVERIFY(refused.err.contains(QLatin1String("enroll again")));
        QCOMPARE(PushCertificateService(tdb.db()).current()->topic, m_pki->topic());
        const auto accepted = import(QStringLiteral("push-other"), {QStringLiteral("--accept-reenroll")});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QCOMPARE(PushCertificateService(tdb.db()).current()->topic, m_pki->otherTopic());
        QStringList actions;
        for (const AuditEvent &ev : AuditLog(tdb.db()).events())
            if (ev.action.startsWith(QLatin1String("push.certificate")))
                actions << ev.action + QLatin1Char(' ') + ev.outcome;
        QCOMPARE(actions, (QStringList{QStringLiteral("push.certificate.import success"), QStringLiteral("push.certificate.import success"),
                                       QStringLiteral("push.certificate.replace refused"), QStringLiteral("push.certificate.replace accepted"),
                                       QStringLiteral("push.certificate.import success")}));
        // In the engine, accepting without a fresh re-authentication is not enough.
        AdminSession admin(&tdb.db(), 1, QStringLiteral("test-root"), Role::Administrator, true);
        admin.setAuthenticatedAt(QDateTime::currentSecsSinceEpoch());
        PushCertificate back;
        QVERIFY(PushCertificate::fromCertificateAndKey(m_pki->read(QStringLiteral("push.pem")), m_pki->read(QStringLiteral("push.key")), {}, back).ok());
        QCOMPARE(PushCertificateService(tdb.db()).checkReplacement(admin, back, true, SignInResult()).code(), ErrorCode::AuthenticationFailed);

        const auto shown = cli.run(as + QStringList{QStringLiteral("push"), QStringLiteral("cert"), QStringLiteral("show")}, env);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(m_pki->otherTopic()));
        QVERIFY(shown.out.contains(QLatin1String("WARNING"))); // 20-day certificate: inside the 30-day warning

        // CSR for the vendor-signing flow.
        const QString csr = tdb.dir() + QStringLiteral("/push.csr");
        const auto made = cli.run(as + QStringList{QStringLiteral("push"), QStringLiteral("cert"), QStringLiteral("csr"), QStringLiteral("--out"), csr}, env);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QFile f(csr);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        QVERIFY(PushCertificateService(tdb.db()).pendingRequest().has_value());
    }

    void expiryWarningLevels()
    {
        using namespace PushCertificateExpiry;
        const QDateTime now = QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC);
        QCOMPARE(level(now.addDays(31), now), Level::None);
        QCOMPARE(level(now.addDays(30), now), Level::Days30);
        QCOMPARE(level(now.addDays(15), now), Level::Days30);
        QCOMPARE(level(now.addDays(14), now), Level::Days14);
        QCOMPARE(level(now.addDays(7), now), Level::Days7);
        QCOMPARE(level(now.addSecs(23 * 3600), now), Level::Days1);
        QCOMPARE(level(now.addSecs(-1), now), Level::Expired);
        QCOMPARE(secondsToNextLevel(now.addDays(31), now), qint64(24 * 3600));
        QVERIFY(message(Level::Days7, now.addDays(7)).contains(QLatin1String("same Apple ID")));
    }
};

QTEST_GUILESS_MAIN(TestPushDelivery)
#include "test_push_delivery.moc"
