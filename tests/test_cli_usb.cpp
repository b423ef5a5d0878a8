// `clinicmdm usb list|enroll` and `clinicmdm enroll qr` on the real command line. The adb server is
// the fake one of this test process (the command reaches it through ANDROID_ADB_SERVER_PORT), so the
// command runs asynchronously while this process's event loop serves it.
#include "FakeAdbServer.h"
#include "TestAdmin.h"
#include "TestDatabase.h"
#include "TestEndpointContext.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "audit/AuditLog.h"
#include "fleet/DeviceRepository.h"
#include "secrets/SecretStore.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

class TestCliUsb : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(TestDatabase &t, const QStringList &args, quint16 adbPort, const QString &user = {},
            const QHash<QString, QString> &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("ANDROID_ADB_SERVER_PORT"), QString::number(adbPort));
        e.insert(QLatin1String(SecretStore::FileEnv), t.dir() + QStringLiteral("/secrets.bin"));
        e.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("usb test passphrase"));
        e.insert(QStringLiteral("CLINICMDM_PASSWORD"), TestAdmin::password());
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        QSignalSpy done(&p, &QProcess::finished);
        QStringList all{QStringLiteral("--db"), t.path()};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        p.start(qEnvironmentVariable("CLINICMDM_BINARY"), all + args);
        Run r;
        if (!done.wait(90000)) { // runs this process's event loop: the fake adb server answers meanwhile
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void listAndMissingAdb()
    {
        TestDatabase t;
        FakeAdbServer fake;
        FakeAdbServer::Device a;
        a.serial = QStringLiteral("L1");
        fake.addDevice(a);
        FakeAdbServer::Device b;
        b.serial = QStringLiteral("L2");
        b.state = QStringLiteral("unauthorized");
        fake.addDevice(b);
        Run r = run(t, {QStringLiteral("usb"), QStringLiteral("list"), QStringLiteral("--json")}, fake.port());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("unauthorized"));
        r = run(t, {QStringLiteral("usb"), QStringLiteral("list")}, fake.port());
        QVERIFY(r.out.contains(QLatin1String("RSA prompt")));

        QTcpServer reserve; // a port nobody answers on
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 dead = reserve.serverPort();
        reserve.close();
        r = run(t, {QStringLiteral("usb"), QStringLiteral("list")}, dead, {},
                {{QStringLiteral("CLINICMDM_ADB"), QStringLiteral("/nonexistent/adb")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Debian package \"adb\"")), qPrintable(r.err));
    }

    void enrollAllFromTheCommandLine()
    {
        TestDatabase t;
        QVERIFY(TestAdmin::create(t.db(), QStringLiteral("auditor"), Role::Auditor));
        CertificateAuthority ca;
        QVERIFY(CertificateAuthority::create(QStringLiteral("CA"), {}, KeyAlgorithm::Rsa2048, 30, ca).ok());
        FakeAdbServer fake;
        for (const char *s : {"C1", "C2"}) {
            FakeAdbServer::Device d;
            d.serial = QLatin1String(s);
            fake.addDevice(d);
        }
        AndroidAgentRouter router(ca);
        TestEndpointContext context(t.db());
        std::vector<std::unique_ptr<AndroidAgentSimulator>> agents;
        fake.onBroadcast = [&](const QString &serial, const QHash<QString, QString> &extras) {
            agents.push_back(std::make_unique<AndroidAgentSimulator>(router, context, serial));
            if (agents.back()->enroll(extras.value(AgentProtocol::ExtraEnrollToken)).status == 200)
                agents.back()->checkIn();
        };
        QTemporaryDir dir;
        QFile apk(dir.filePath(QStringLiteral("agent.apk")));
        QVERIFY(apk.open(QIODevice::WriteOnly));
        apk.write(QByteArray(100000, 'z'));
        apk.close();
        const QStringList args{QStringLiteral("usb"), QStringLiteral("enroll"), QStringLiteral("--all"), QStringLiteral("--ownership"),
                               QStringLiteral("COSU"), QStringLiteral("--apk"), apk.fileName(), QStringLiteral("--ca-sha256"),
                               QString(64, QLatin1Char('e')), QStringLiteral("--department"), QStringLiteral("Lobby")};
        Run r = run(t, args, fake.port(), QStringLiteral("auditor"));
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QVERIFY(agents.empty());
        r = run(t, args, fake.port(), QStringLiteral("test-root"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("2 enrolled, 0 failed.")), qPrintable(r.out));
        QCOMPARE(DeviceRepository(t.db()).findBySerial(QStringLiteral("C2"))->state, EnrollmentState::Enrolled);
        QCOMPARE(DeviceRepository(t.db()).findBySerial(QStringLiteral("C2"))->department, QStringLiteral("Lobby"));
        r = run(t, {QStringLiteral("usb"), QStringLiteral("enroll"), QStringLiteral("--ownership"), QStringLiteral("COSU")}, fake.port(),
                QStringLiteral("test-root"));
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
    }

    void qrSheet()
    {
        TestDatabase t;
        QVERIFY(TestAdmin::create(t.db(), QStringLiteral("test-root"), Role::Administrator));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        const QStringList args{QStringLiteral("enroll"), QStringLiteral("qr"), QStringLiteral("--ownership"), QStringLiteral("COPE"),
                               QStringLiteral("--out"), png, QStringLiteral("--download-url"),
                               QStringLiteral("https://mdm.clinic.example/agent.apk"), QStringLiteral("--signature-checksum"),
                               QStringLiteral("gJD2YwtOiWJHkSMkkIfLRlj-quNqG1fb6v100QmzM9w"), QStringLiteral("--ca-sha256"),
                               QString(64, QLatin1Char('f'))};
        Run r = run(t, args, 1, QStringLiteral("test-root"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(r.out.contains(QLatin1String("until")));
        AuditQuery q;
        q.action = QStringLiteral("android.qr.create");
        QCOMPARE(AuditLog(t.db()).count(q), 1);
        // BYOD and missing options are refused before any token is made.
        QStringList byod = args;
        byod[3] = QStringLiteral("BYOD");
        QCOMPARE(run(t, byod, 1, QStringLiteral("test-root")).exitCode, int(ErrorCode::InvalidInput));
        QCOMPARE(run(t, args.mid(0, 4), 1, QStringLiteral("test-root")).exitCode, int(ErrorCode::Usage));
        QCOMPARE(AuditLog(t.db()).count(q), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliUsb)
#include "test_cli_usb.moc"
