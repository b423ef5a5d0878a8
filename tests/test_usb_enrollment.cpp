// Bulk USB enrollment against the fake adb server: twenty tablets in one go, of which one is
// unauthorized, one has an account signed in and one is unplugged during the install. The other
// seventeen are enrolled (agent installed, device owner set, token handed over, first check-in by
// the agent simulator); the three fail with clear reasons; state survives a restart.
#include "FakeAdbServer.h"
#include "TestDatabase.h"
#include "TestEndpointContext.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AdbClient.h"
#include "android/AdbDeviceTracker.h"
#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "android/UsbEnrollmentEngine.h"
#include "android/UsbEnrollmentRepository.h"
#include "audit/AuditLog.h"
#include "fleet/DeviceRepository.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

class TestUsbEnrollment : public QObject
{
    Q_OBJECT

    CertificateAuthority m_ca;
    QTemporaryFile m_apk;

    // The agent on each tablet: enrolls with the handed-over token and checks in.
    struct Agents {
        AndroidAgentRouter router;
        TestEndpointContext context;
        std::vector<std::unique_ptr<AndroidAgentSimulator>> sims;
        QHash<QString, QHash<QString, QString>> handovers;
        bool respond = true;
        Agents(const CertificateAuthority &ca, Database &db) : router(ca), context(db) {}
        void take(const QString &serial, const QHash<QString, QString> &extras)
        {
            handovers.insert(serial, extras);
            if (!respond)
                return;
            sims.push_back(std::make_unique<AndroidAgentSimulator>(router, context, serial,
                                                                   extras.value(AgentProtocol::ExtraManagementMode)));
            if (sims.back()->enroll(extras.value(AgentProtocol::ExtraEnrollToken)).status == 200)
                sims.back()->checkIn();
        }
    };

    UsbEnrollmentSettings settings() const
    {
        UsbEnrollmentSettings s;
        s.ownership = Ownership::Shared;
        s.department = QStringLiteral("Emergency");
        s.apkPath = m_apk.fileName();
        s.consoleUrl = QStringLiteral("https://mdm.clinic.example:8443");
        s.caSha256 = QString(64, QLatin1Char('a'));
        s.actor = {QStringLiteral("alice"), QStringLiteral("Administrator")};
        s.checkInTimeoutMs = 20000;
        s.checkInPollMs = 50;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(CertificateAuthority::create(QStringLiteral("Clinic CA"), QStringLiteral("Clinic"), KeyAlgorithm::Rsa2048, 365, m_ca).ok());
        QVERIFY(m_apk.open());
        QByteArray bytes(300 * 1024, Qt::Uninitialized);
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 31 % 251);
        m_apk.write(bytes);
        m_apk.flush();
    }

    void twentyTabletsThreeFailures()
    {
        TestDatabase t;
        FakeAdbServer adb;
        for (int i = 1; i <= 20; ++i) {
            FakeAdbServer::Device d;
            d.serial = QStringLiteral("TAB%1").arg(i, 2, 10, QLatin1Char('0'));
            if (i == 5)
                d.state = QStringLiteral("unauthorized");
            if (i == 9)
                d.hasAccount = true;
            if (i == 13)
                d.unplugDuringInstall = true;
            if (i == 17)
                d.features = {QStringLiteral("shell_v2")}; // no cmd: push-then-pm install
            adb.addDevice(d);
        }
        Agents agents(m_ca, t.db());
        adb.onBroadcast = [&](const QString &serial, const QHash<QString, QString> &extras) { agents.take(serial, extras); };

        AdbClient client(adb.port(), nullptr);
        AdbDeviceTracker tracker(adb.port());
        QSignalSpy listed(&tracker, &AdbDeviceTracker::devicesChanged);
        tracker.start();
        QTRY_VERIFY(!tracker.devices().isEmpty());
        QCOMPARE(tracker.devices().size(), 20);
        QCOMPARE(tracker.devices().at(4).state, QStringLiteral("unauthorized"));

        UsbEnrollmentEngine engine(t.db(), client);
        engine.setSettings(settings());
        connect(&tracker, &AdbDeviceTracker::devicesChanged, &engine, &UsbEnrollmentEngine::setAttached);
        QSignalSpy done(&engine, &UsbEnrollmentEngine::batchFinished);
        QVERIFY(engine.enroll(tracker.devices()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QCOMPARE(done.first().at(0).toInt(), 17);
        QCOMPARE(done.first().at(1).toInt(), 3);
        // They really ran side by side.
        QVERIFY2(adb.maxConcurrentServices() >= 10, qPrintable(QString::number(adb.maxConcurrentServices())));

        QHash<QString, UsbEnrollmentJob> bySerial;
        for (const UsbEnrollmentJob &j : UsbEnrollmentRepository(t.db()).batch(engine.batchId()))
            bySerial.insert(j.serial, j);
        QCOMPARE(bySerial.size(), 20);
        QCOMPARE(bySerial.value(QStringLiteral("TAB05")).state, UsbEnrollmentJob::State::Failed);
        QVERIFY(bySerial.value(QStringLiteral("TAB05")).reason.contains(QLatin1String("RSA prompt")));
        QCOMPARE(bySerial.value(QStringLiteral("TAB09")).state, UsbEnrollmentJob::State::Failed);
        QVERIFY(bySerial.value(QStringLiteral("TAB09")).reason.contains(QLatin1String("account")));
        QCOMPARE(bySerial.value(QStringLiteral("TAB13")).state, UsbEnrollmentJob::State::Failed);
        QVERIFY2(bySerial.value(QStringLiteral("TAB13")).reason.contains(QLatin1String("unplugged")),
                 qPrintable(bySerial.value(QStringLiteral("TAB13")).reason));
        for (const UsbEnrollmentJob &j : std::as_const(bySerial)) {
            if (j.serial == QLatin1String("TAB05") || j.serial == QLatin1String("TAB09") || j.serial == QLatin1String("TAB13"))
                continue;
            QVERIFY2(j.state == UsbEnrollmentJob::State::Enrolled, qPrintable(j.serial + QLatin1String(": ") + j.reason));
            QCOMPARE(j.progress, 100);
            QVERIFY(j.deviceId > 0);
            QCOMPARE(j.apkSha256.size(), 64);
            const FakeAdbServer::Device *d = adb.device(j.serial);
            QCOMPARE(d->deviceOwner, QStringLiteral("org.clinicmdm.agent/.AdminReceiver"));
            QVERIFY(d->installed.contains(QStringLiteral("org.clinicmdm.agent")));
            // The hand-over carried the console, the CA fingerprint and a token.
            QCOMPARE(agents.handovers.value(j.serial).value(AgentProtocol::ExtraConsoleUrl), settings().consoleUrl);
            QCOMPARE(agents.handovers.value(j.serial).value(AgentProtocol::ExtraCaSha256), settings().caSha256);
            const std::optional<Device> device = DeviceRepository(t.db()).findBySerial(j.serial);
            QVERIFY(device);
            QCOMPARE(device->state, EnrollmentState::Enrolled);
            QCOMPARE(device->ownership, Ownership::Shared);
            QCOMPARE(device->department, QStringLiteral("Emergency"));
        }
        // The device without "cmd" went through push-then-pm, and its pushed copy was removed.
        QVERIFY(adb.device(QStringLiteral("TAB17"))->shellLog.join(QLatin1Char('\n')).contains(QLatin1String("pm install -r")));
        QVERIFY(adb.device(QStringLiteral("TAB17"))->files.isEmpty());
        // No device with an account or an unauthorized one was touched beyond the checks.
        QVERIFY(adb.device(QStringLiteral("TAB09"))->installed.isEmpty());
        QVERIFY(adb.device(QStringLiteral("TAB05"))->shellLog.isEmpty());
        AuditQuery q;
        q.action = QStringLiteral("usb.enroll");
        QCOMPARE(AuditLog(t.db()).count(q), 20);

        // Failures are retried one by one: the account is removed, the tablet is authorized.
        adb.device(QStringLiteral("TAB09"))->hasAccount = false;
        adb.device(QStringLiteral("TAB05"))->state = QStringLiteral("device");
        QVERIFY(engine.retry(QStringLiteral("TAB09")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30000);
        QCOMPARE(done.last().at(0).toInt(), 18);
        QVERIFY(engine.retry(QStringLiteral("TAB05")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 30000);
        QCOMPARE(done.last().at(0).toInt(), 19);
        QVERIFY(!engine.retry(QStringLiteral("TAB01")).ok()); // enrolled: nothing to retry
    }

    // A closed window (or a crash) mid-way: the next engine resumes from the persisted state.
    void resumesAfterRestart()
    {
        TestDatabase t;
        FakeAdbServer adb;
        for (const char *serial : {"R1", "R2"}) {
            FakeAdbServer::Device d;
            d.serial = QLatin1String(serial);
            adb.addDevice(d);
        }
        Agents agents(m_ca, t.db());
        agents.respond = false; // the agents are slow to come up: nobody checks in yet
        adb.onBroadcast = [&](const QString &serial, const QHash<QString, QString> &extras) { agents.take(serial, extras); };
        AdbClient client(adb.port(), nullptr);
        QString batch;
        {
            UsbEnrollmentEngine engine(t.db(), client);
            engine.setSettings(settings());
            QList<AdbDevice> devices;
            for (const char *serial : {"R1", "R2"})
                devices << AdbDevice{QLatin1String(serial), QStringLiteral("device"), {}, {}, {}, {}, {}};
            QVERIFY(engine.enroll(devices).ok());
            batch = engine.batchId();
            QTRY_COMPARE_WITH_TIMEOUT(agents.handovers.size(), 2, 20000);
            QTRY_VERIFY(UsbEnrollmentRepository(t.db()).batch(batch).at(1).state == UsbEnrollmentJob::State::Waiting);
        } // the window closes
        QCOMPARE(UsbEnrollmentRepository(t.db()).unfinished().size(), 2);

        UsbEnrollmentEngine again(t.db(), client);
        again.setSettings(settings());
        QSignalSpy done(&again, &UsbEnrollmentEngine::batchFinished);
        QCOMPARE(again.resume(), 2);
        QCOMPARE(again.batchId(), batch);
        // The agents now come up with the tokens they were handed before the restart.
        agents.respond = true;
        for (auto it = agents.handovers.cbegin(); it != agents.handovers.cend(); ++it)
            agents.take(it.key(), it.value());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(done.first().at(0).toInt(), 2);
        QVERIFY(UsbEnrollmentRepository(t.db()).unfinished().isEmpty());
        // The resumed devices were not reinstalled.
        QCOMPARE(adb.device(QStringLiteral("R1"))->installed.size(), 1);
    }

    void refusesIncompleteSettings()
    {
        TestDatabase t;
        AdbClient client(1, nullptr);
        UsbEnrollmentEngine engine(t.db(), client);
        UsbEnrollmentSettings s = settings();
        s.apkPath = QStringLiteral("/nonexistent/agent.apk");
        engine.setSettings(s);
        const QList<AdbDevice> one{AdbDevice{QStringLiteral("X"), QStringLiteral("device"), {}, {}, {}, {}, {}}};
        QCOMPARE(engine.enroll(one).code(), ErrorCode::NotFound);
        s = settings();
        s.consoleUrl = QStringLiteral("http://insecure");
        engine.setSettings(s);
        QCOMPARE(engine.enroll(one).code(), ErrorCode::InvalidInput);
        QVERIFY(UsbEnrollmentRepository(t.db()).latestBatch().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUsbEnrollment)
#include "test_usb_enrollment.moc"
