// The adb host-protocol client: against the fake adb server (framing, transport, shell, sync push
// in 64 KiB chunks, streamed install and its push-then-pm fallback, live plug/unplug, timeouts) and
// against the real adb server of Debian's adb package on a private port, with no device attached.
#include "FakeAdbServer.h"

#include "android/AdbClient.h"
#include "android/AdbDeviceTracker.h"
#include "android/AdbHostQueryJob.h"
#include "android/AdbInstallJob.h"
#include "android/AdbServerStarter.h"
#include "android/AdbServiceJob.h"
#include "android/AdbSyncPushJob.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

namespace {
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Waits for a job's finished() (a QSignalSpy made before the job starts on the next loop turn).
bool waitFor(AdbJob *job, int ms = 20000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &AdbJob::finished);
    return job->isFinished() || spy.wait(ms);
}
} // namespace

class TestAdbClient : public QObject
{
    Q_OBJECT
    quint16 m_realPort = 0;

private slots:
    void hostQueriesOnTheFake()
    {
        FakeAdbServer fake;
        FakeAdbServer::Device d;
        d.serial = QStringLiteral("SER1");
        d.model = QStringLiteral("Galaxy Tab A8");
        fake.addDevice(d);
        FakeAdbServer::Device u;
        u.serial = QStringLiteral("SER2");
        u.state = QStringLiteral("unauthorized");
        fake.addDevice(u);
        AdbClient adb(fake.port(), nullptr);

        AdbHostQueryJob *version = adb.version();
        QVERIFY(waitFor(version));
        QVERIFY2(version->ok(), qPrintable(version->errorString()));
        QCOMPARE(AdbClient::parseVersion(version->output()), 41);

        AdbHostQueryJob *devices = adb.devices();
        QVERIFY(waitFor(devices));
        const QList<AdbDevice> list = AdbDevice::parseList(devices->output());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).model, QStringLiteral("Galaxy Tab A8"));
        QVERIFY(list.at(0).isReady());
        QVERIFY(list.at(1).isUnauthorized());

        AdbHostQueryJob *features = adb.deviceFeatures(QStringLiteral("SER1"));
        QVERIFY(waitFor(features));
        QVERIFY(features->output().contains("cmd"));
        AdbHostQueryJob *unknown = adb.deviceFeatures(QStringLiteral("NOPE"));
        QVERIFY(waitFor(unknown));
        QVERIFY(!unknown->ok());
        QVERIFY(unknown->errorString().contains(QLatin1String("not found")));

        AdbServiceJob *props = adb.getprop(QStringLiteral("SER1"), {QStringLiteral("ro.serialno"), QStringLiteral("ro.product.model"),
                                                                   QStringLiteral("ro.build.version.release")});
        QVERIFY(waitFor(props));
        QCOMPARE(AdbClient::propValues(props->text(), 3),
                 (QStringList{QStringLiteral("SER1"), QStringLiteral("Galaxy Tab A8"), QStringLiteral("13")}));
        QCOMPARE(props->exitCode(), 0);

        AdbServiceJob *refused = adb.shell(QStringLiteral("SER2"), QStringLiteral("getprop ro.serialno"));
        QVERIFY(waitFor(refused));
        QVERIFY(!refused->ok());
        QVERIFY(refused->errorString().contains(QLatin1String("unauthorized")));

        AdbServiceJob *missing = adb.shell(QStringLiteral("SER1"), QStringLiteral("frobnicate"));
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->exitCode(), 127);
    }

    void pushAndInstall()
    {
        FakeAdbServer fake;
        FakeAdbServer::Device modern;
        modern.serial = QStringLiteral("NEW");
        fake.addDevice(modern);
        FakeAdbServer::Device old;
        old.serial = QStringLiteral("OLD");
        old.features = {QStringLiteral("shell_v2")};
        fake.addDevice(old);
        AdbClient adb(fake.port(), nullptr);
        QTemporaryFile file;
        QVERIFY(file.open());
        QByteArray content(200 * 1024 + 17, 'x');
        for (int i = 0; i < content.size(); ++i)
            content[i] = char(i % 253);
        file.write(content);
        file.flush();

        // sync push: the fake refuses DATA chunks above 64 KiB, so this also proves the chunking.
        AdbSyncPushJob *push = adb.push(QStringLiteral("NEW"), file.fileName(), QStringLiteral("/data/local/tmp/x.bin"));
        QSignalSpy progress(push, &AdbJob::progress);
        QVERIFY(waitFor(push));
        QVERIFY2(push->ok(), qPrintable(push->errorString()));
        QCOMPARE(fake.device(QStringLiteral("NEW"))->files.value(QStringLiteral("/data/local/tmp/x.bin")), content);
        QCOMPARE(progress.size(), 4);

        AdbInstallJob *streamed = adb.install(QStringLiteral("NEW"), file.fileName(), true);
        QVERIFY(waitFor(streamed));
        QVERIFY2(streamed->ok(), qPrintable(streamed->errorString()));
        QVERIFY(!streamed->usedFallback());
        // Asked for a streamed install, a device without cmd falls back to push + pm install.
        AdbInstallJob *fallback = adb.install(QStringLiteral("OLD"), file.fileName(), true);
        QVERIFY(waitFor(fallback));
        QVERIFY2(fallback->ok(), qPrintable(fallback->errorString()));
        QVERIFY(fallback->usedFallback());
        QVERIFY(fake.device(QStringLiteral("OLD"))->installed.contains(QStringLiteral("org.clinicmdm.agent")));
        QVERIFY(fake.device(QStringLiteral("OLD"))->files.isEmpty()); // the copy was removed

        FakeAdbServer::Device flaky;
        flaky.serial = QStringLiteral("FLAKY");
        flaky.unplugDuringInstall = true;
        fake.addDevice(flaky);
        AdbInstallJob *cut = adb.install(QStringLiteral("FLAKY"), file.fileName(), true);
        QVERIFY(waitFor(cut));
        QVERIFY(!cut->ok());
        QVERIFY2(cut->errorString().contains(QLatin1String("unplugged")), qPrintable(cut->errorString()));
    }

    void trackerSeesPlugAndUnplug()
    {
        FakeAdbServer fake;
        AdbDeviceTracker tracker(fake.port());
        QSignalSpy changed(&tracker, &AdbDeviceTracker::devicesChanged);
        tracker.start();
        QTRY_COMPARE(changed.size(), 1); // the first list, empty
        QVERIFY(tracker.devices().isEmpty());
        FakeAdbServer::Device d;
        d.serial = QStringLiteral("HOT1");
        fake.addDevice(d);
        QTRY_COMPARE(tracker.devices().size(), 1);
        QCOMPARE(tracker.devices().first().serial, QStringLiteral("HOT1"));
        fake.unplug(QStringLiteral("HOT1"));
        QTRY_VERIFY(tracker.devices().isEmpty());
        QCOMPARE(changed.size(), 3);
    }

    void jobsTimeOut()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        AdbHostQueryJob job(silent.serverPort(), "host:version", 300);
        job.setAutoDelete(false);
        QSignalSpy done(&job, &AdbJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QVERIFY(!job.ok());
        QVERIFY(job.errorString().contains(QLatin1String("second")));
    }

    void missingAdbNamesThePackage()
    {
        AdbClient adb(freePort(), nullptr);
        adb.setAdbProgram(QStringLiteral("/nonexistent/bin/adb"));
        AdbServerStarter *starter = adb.ensureServer();
        QVERIFY(waitFor(starter));
        QVERIFY(!starter->ok());
        QVERIFY2(starter->errorString().contains(QLatin1String("Debian package \"adb\"")), qPrintable(starter->errorString()));
    }

    // The real adb server (Debian's adb package) on a private port, started by the client itself.
    void realServerWithoutDevices()
    {
        const QString adbPath = QStandardPaths::findExecutable(QStringLiteral("adb"));
        if (adbPath.isEmpty())
            QSKIP("adb is not on PATH: install Debian's adb package (packaging/install-deps.sh --with-tests).");
        m_realPort = freePort();
        AdbClient adb(m_realPort, nullptr);
        adb.setAdbProgram(adbPath);
        AdbServerStarter *starter = adb.ensureServer();
        QVERIFY(waitFor(starter, 60000));
        QVERIFY2(starter->ok(), qPrintable(starter->errorString()));
        QVERIFY(starter->startedServer());
        QVERIFY(AdbClient::parseVersion(starter->output()) >= 31);

        AdbHostQueryJob *version = adb.version();
        QVERIFY(waitFor(version));
        QCOMPARE(version->output(), starter->output());
        AdbHostQueryJob *devices = adb.devices();
        QVERIFY(waitFor(devices));
        QVERIFY2(devices->ok(), qPrintable(devices->errorString()));
        QVERIFY(AdbDevice::parseList(devices->output()).isEmpty());
        AdbHostQueryJob *features = adb.hostFeatures();
        QVERIFY(waitFor(features));
        QVERIFY2(features->ok(), qPrintable(features->errorString()));
        QVERIFY(features->output().contains("shell_v2"));
        AdbServiceJob *noDevice = adb.shell(QStringLiteral("NO-SUCH-SERIAL"), QStringLiteral("true"));
        QVERIFY(waitFor(noDevice));
        QVERIFY(!noDevice->ok());
        QVERIFY2(noDevice->errorString().contains(QLatin1String("not found")), qPrintable(noDevice->errorString()));

        AdbDeviceTracker tracker(m_realPort);
        QSignalSpy changed(&tracker, &AdbDeviceTracker::devicesChanged);
        QSignalSpy started(&tracker, &AdbDeviceTracker::trackingStarted);
        tracker.start();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QVERIFY(tracker.isTracking());
        QVERIFY(tracker.devices().isEmpty());
        tracker.stop();
    }

    void cleanupTestCase()
    {
        if (m_realPort)
            QProcess::execute(QStringLiteral("adb"), {QStringLiteral("-P"), QString::number(m_realPort), QStringLiteral("kill-server")});
    }
};

QTEST_GUILESS_MAIN(TestAdbClient)
#include "test_adb_client.moc"
