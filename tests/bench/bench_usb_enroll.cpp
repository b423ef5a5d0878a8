// Bulk USB enrollment wall time: N simulated tablets on the fake adb server, each needing about
// 2 s of device-side work (the fake delays the install's answer), enrolled in one batch. Prints the
// batch's wall time next to one device enrolled alone: parallel enrollment should cost about the
// slowest device, not the sum. Usage: bench_usb_enroll [devices=20] [workMs=2000]
#include "FakeAdbServer.h"
#include "TestEndpointContext.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AdbClient.h"
#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "android/UsbEnrollmentEngine.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <vector>

namespace {
struct Result {
    qint64 ms = 0;
    int enrolled = 0;
    int failed = 0;
};

Result runBatch(int devices, int workMs, const CertificateAuthority &ca, const QString &apk)
{
    QTemporaryDir dir;
    Database db;
    db.openSqlite(dir.filePath(QStringLiteral("fleet.sqlite")));
    FakeAdbServer fake;
    QList<AdbDevice> attached;
    for (int i = 0; i < devices; ++i) {
        FakeAdbServer::Device d;
        d.serial = QStringLiteral("BENCH%1").arg(i, 2, 10, QLatin1Char('0'));
        d.workDelayMs = workMs;
        fake.addDevice(d);
        attached << AdbDevice{d.serial, QStringLiteral("device"), {}, {}, {}, {}, {}};
    }
    AndroidAgentRouter router(ca);
    TestEndpointContext context(db);
    std::vector<std::unique_ptr<AndroidAgentSimulator>> agents;
    fake.onBroadcast = [&](const QString &serial, const QHash<QString, QString> &extras) {
        agents.push_back(std::make_unique<AndroidAgentSimulator>(router, context, serial));
        if (agents.back()->enroll(extras.value(AgentProtocol::ExtraEnrollToken)).status == 200)
            agents.back()->checkIn();
    };
    AdbClient client(fake.port(), nullptr);
    UsbEnrollmentEngine engine(db, client);
    UsbEnrollmentSettings s;
    s.ownership = Ownership::Shared;
    s.apkPath = apk;
    s.consoleUrl = QStringLiteral("https://mdm.clinic.example:8443");
    s.caSha256 = QString(64, QLatin1Char('a'));
    s.checkInPollMs = 20;
    engine.setSettings(s);
    Result r;
    QEventLoop loop;
    QObject::connect(&engine, &UsbEnrollmentEngine::batchFinished, &loop, [&](int enrolled, int failed) {
        r.enrolled = enrolled;
        r.failed = failed;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    engine.enroll(attached);
    loop.exec();
    r.ms = timer.elapsed();
    return r;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.contains(QLatin1String("--help"))) {
        out << "Usage: bench_usb_enroll [devices=20] [workMs=2000]\n";
        return 0;
    }
    const int devices = args.value(1, QStringLiteral("20")).toInt();
    const int workMs = args.value(2, QStringLiteral("2000")).toInt();
    if (devices <= 0 || workMs < 0) {
        out << "Usage: bench_usb_enroll [devices=20] [workMs=2000]\n";
        return 2;
    }
    CertificateAuthority ca;
    CertificateAuthority::create(QStringLiteral("Bench CA"), QStringLiteral("Clinic"), KeyAlgorithm::Rsa2048, 30, ca);
    QTemporaryDir dir;
    const QString apk = dir.filePath(QStringLiteral("agent.apk"));
    QFile f(apk);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray(4 * 1024 * 1024, 'a')); // a 4 MiB agent
    f.close();

    const Result one = runBatch(1, workMs, ca, apk);
    const Result all = runBatch(devices, workMs, ca, apk);
    out << "one device alone:     " << one.ms << " ms (" << one.enrolled << " enrolled)\n"
        << devices << " devices at once:  " << all.ms << " ms (" << all.enrolled << " enrolled, " << all.failed << " failed)\n"
        << "sequential would be: ~" << one.ms * devices << " ms\n"
        << "batch / single:       " << QString::number(double(all.ms) / double(qMax<qint64>(1, one.ms)), 'f', 2) << "x\n";
    return all.enrolled == devices ? 0 : 1;
}
