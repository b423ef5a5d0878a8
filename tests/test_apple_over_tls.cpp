// Issue 4's "done when", end to end with the real parts: the real `clinicmdm serve` on loopback TLS,
// an enrollment link created by an admin on the real command line, and a simulated iPad that
// fetches the signed profile, runs SCEP, checks in, reports its inventory, and acknowledges a lock
// queued from the command line. The fleet database is the file the server writes.
#include "AppleDeviceSimulator.h"
#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"
#include "TlsTransport.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceRepository.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "push/PushTokenRepository.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

namespace {
const char *kTopic = "com.apple.mgmt.External.5f4c2d9e-8a3b-4c1d-9e2f-0a1b2c3d4e5f";
}

class TestAppleOverTls : public QObject
{
    Q_OBJECT
    QHash<QString, QString> env(TestDatabase &tdb)
    {
        QHash<QString, QString> e = TestAdmin::signInEnv();
        e.insert(QLatin1String(SecretStore::FileEnv), tdb.dir() + QStringLiteral("/secrets.bin"));
        e.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("apple over tls passphrase"));
        return e;
    }

private slots:
    void ipadEnrollsFromALinkAndAcknowledgesALock()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
        // A free loopback port, written into the settings so the profile's URLs name it.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        SettingsRepository settings(tdb.db());
        QVERIFY(settings.setValue(Setting::EndpointHost, QStringLiteral("localhost")));
        QVERIFY(settings.setValue(Setting::EndpointPort, port));
        QVERIFY(settings.setValue(Setting::EndpointPublicUrl, QStringLiteral("https://localhost:%1").arg(port)));
        // The MDM push certificate's topic, as `push cert import` records it (the certificate itself
        // is the push tests' subject).
        QVERIFY(PushCredentialRepository(tdb.db()).put(QLatin1String(PushCredentialNames::ApnsCertificate),
                                                       {{QStringLiteral("topic"), QLatin1String(kTopic)}}, 1).ok());

        QProcess serve;
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        const QHash<QString, QString> e = env(tdb);
        for (auto it = e.cbegin(); it != e.cend(); ++it)
            pe.insert(it.key(), it.value());
        serve.setProcessEnvironment(pe);
        serve.start(CliRunner::binary(), {QStringLiteral("--db"), tdb.path(), QStringLiteral("serve"), QStringLiteral("--listen"),
                                          QStringLiteral("127.0.0.1:%1").arg(port)});
        QByteArray out;
        QVERIFY2(QTest::qWaitFor([&] {
                     out += serve.readAllStandardOutput();
                     return out.contains("TLS SHA-256") || serve.state() == QProcess::NotRunning;
                 }, 60000),
                 "serve did not start");
        QVERIFY2(out.contains("TLS SHA-256"), (out + serve.readAllStandardError()).constData());
        const QByteArray warnings = serve.readAllStandardError();
        QVERIFY2(!warnings.contains("Warning"), warnings.constData());

        // The admin creates the link on the command line.
        CliRunner::Result r = CliRunner(tdb.path()).run(
            TestAdmin::signInArgs(QStringLiteral("test-root")) +
                QStringList{QStringLiteral("enroll"), QStringLiteral("create"), QStringLiteral("--ownership"), QStringLiteral("cope"),
                            QStringLiteral("--json")},
            e);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString link = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("url")).toString();
        QVERIFY2(link.startsWith(QStringLiteral("https://localhost:%1/enroll/").arg(port)), qPrintable(link));

        // The device trusts the console CA it downloads first (as a user installs it), then enrolls.
        TlsTransport bootstrap(port, {});
        HttpRequest caRequest;
        caRequest.method = "GET";
        caRequest.path = "/ca.crt";
        const HttpResponse ca = bootstrap.send(caRequest);
        QCOMPARE(ca.status, 200);
        TlsTransport tls(port, QSslCertificate(ca.body, QSsl::Der).toPem());
        AppleDeviceSimulator::Identity id;
        id.udid = QStringLiteral("00008101-000000000000TLS1");
        id.serial = QStringLiteral("DMPTLS00001");
        id.imei = QStringLiteral("356000000000001");
        AppleDeviceSimulator ipad(tls, id);
        const QString error = ipad.enroll(link);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ipad.topic(), QLatin1String(kTopic));

        // Inventory: the automatic DeviceInformation and SecurityInfo.
        QCOMPARE(ipad.poll(), 2);
        const std::optional<Device> device = DeviceRepository(tdb.db()).findBySerial(id.serial);
        QVERIFY2(device, "the iPad is in the fleet with the serial it reported");
        QCOMPARE(device->state, EnrollmentState::Enrolled);
        QCOMPARE(device->ownership, Ownership::COPE);
        QCOMPARE(device->osVersion, QStringLiteral("17.4.1"));
        QCOMPARE(device->imei, id.imei);
        QVERIFY(PushTokenRepository(tdb.db()).find(device->id));

        // A lock queued by the admin reaches the device at its next check-in and is acknowledged.
        r = CliRunner(tdb.path()).run(TestAdmin::signInArgs(QStringLiteral("test-root")) +
                                          QStringList{QStringLiteral("devices"), QStringLiteral("lock"), id.serial,
                                                      QStringLiteral("--message"), QStringLiteral("Return to Ward 3")},
                                      e);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(ipad.poll(), 1);
        QCOMPARE(ipad.received().last().requestType, QStringLiteral("DeviceLock"));
        QCOMPARE(ipad.received().last().command.value(QStringLiteral("Message")).toString(), QStringLiteral("Return to Ward 3"));
        const QList<DeviceCommand> commands = CommandRepository(tdb.db()).list(device->id, QStringLiteral("acknowledged"));
        bool lockDone = false;
        for (const DeviceCommand &c : commands)
            lockDone = lockDone || c.requestType == QLatin1String("DeviceLock");
        QVERIFY2(lockDone, "the lock is acknowledged in the queue");
        QVERIFY(tls.requestCount() >= 8);

        serve.terminate();
        QVERIFY(QTest::qWaitFor([&serve] { return serve.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(serve.exitCode(), 0);
        // The device's last_seen was written by the server before it stopped (or while it ran).
        QVERIFY(DeviceRepository(tdb.db()).findById(device->id)->lastSeen.isValid());
    }
};

QTEST_MAIN(TestAppleOverTls)
#include "test_apple_over_tls.moc"
