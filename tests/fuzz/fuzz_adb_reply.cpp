// What the adb server answers (app/android/AdbProtocol framing, read by the adb jobs and the device
// tracker): the first byte picks the client, the rest is everything a loopback "adb server" sends
// before it closes the connection. The client is the real one, over a real socket: an answer that is
// short, lies about its length or never ends must end the job (never hang or grow without bound).

#include "FuzzSupport.h"

#include "android/AdbDevice.h"
#include "android/AdbDeviceTracker.h"
#include "android/AdbHostQueryJob.h"
#include "android/AdbServiceJob.h"
#include "android/AdbSyncPushJob.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTimer>

namespace {

constexpr int kJobTimeoutMs = 5000; // a job that waits this long on a closed connection has hung

struct FakeServer {
    QTcpServer server;
    QByteArray reply;
    QTemporaryFile upload;

    FakeServer()
    {
        FuzzSupport::app();
        if (!server.listen(QHostAddress::LocalHost) || !upload.open())
            qFatal("cannot set up the fake adb server");
        upload.write("fuzz apk bytes");
        upload.flush();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
                s->write(reply);
                s->disconnectFromHost();
            }
        });
    }
    quint16 port() const { return server.serverPort(); }
};

FakeServer &fake()
{
    static FakeServer f;
    return f;
}

// Runs the event loop until `done` or the deadline; false when the deadline came first.
template<typename Done>
bool runUntil(Done done, int deadlineMs)
{
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(deadlineMs);
    while (!done() && deadline.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

void runJob(AdbJob *job)
{
    job->setAutoDelete(false);
    job->start();
    if (!runUntil([job] { return job->isFinished(); }, 2 * kJobTimeoutMs))
        __builtin_trap(); // the job's own timeout did not end it
    delete job;
}

void runTracker()
{
    AdbDeviceTracker tracker(fake().port());
    bool lost = false;
    QObject::connect(&tracker, &AdbDeviceTracker::trackingLost, [&lost] { lost = true; });
    QObject::connect(&tracker, &AdbDeviceTracker::devicesChanged, [](const QList<AdbDevice> &devices) {
        for (const AdbDevice &d : devices)
            if (d.serial.isEmpty())
                __builtin_trap(); // a listed device always has a serial
    });
    tracker.start();
    // The server closes after its answer: the tracker must notice and say so.
    if (!runUntil([&lost] { return lost; }, kJobTimeoutMs))
        __builtin_trap();
    tracker.stop();
}

void writeSeeds()
{
    using FuzzSupport::selected;
    FuzzSupport::writeSeed(selected(0, "OKAY0034R58N12ABCDE   device usb:1-1 product:a model:Galaxy_S23\n"));
    FuzzSupport::writeSeed(selected(0, "FAIL0011unknown host serv"));
    FuzzSupport::writeSeed(selected(1, "OKAY0016R58N12ABCDE\tdevice\n0000001dEMULATOR1\tunauthorized\nX\toffline\n"));
    FuzzSupport::writeSeed(selected(1, "FAIL0004nope"));
    FuzzSupport::writeSeed(selected(2, "OKAYOKAYhello\n__EXIT:0\n"));
    FuzzSupport::writeSeed(selected(2, "FAIL0010device not found"));
    FuzzSupport::writeSeed(selected(3, QByteArray("OKAYOKAYOKAY\0\0\0\0", 16)));
    FuzzSupport::writeSeed(selected(3, QByteArray("OKAYOKAYFAIL\x0b\0\0\0no space!!", 23)));
    FuzzSupport::writeSeed(selected(4, "OKAY0007device\n"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fake();
    writeSeeds();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzSupport::Selected in = FuzzSupport::select(data, size, 5);
    FakeServer &f = fake();
    f.reply = in.rest;
    const QString serial = QStringLiteral("R58N12ABCDE");
    switch (in.selector) {
    case 0: {
        auto *job = new AdbHostQueryJob(f.port(), "host:devices-l", kJobTimeoutMs);
        QObject::connect(job, &AdbJob::finished, [](AdbJob *j) {
            if (j->ok())
                (void)AdbDevice::parseList(j->output());
        });
        runJob(job);
        break;
    }
    case 1:
        runTracker();
        break;
    case 2: {
        auto *job = new AdbServiceJob(f.port(), serial, AdbServiceJob::shellService(QStringLiteral("pm list packages")), kJobTimeoutMs);
        QObject::connect(job, &AdbJob::finished, [job] { (void)job->text(); });
        runJob(job);
        break;
    }
    case 3:
        runJob(new AdbSyncPushJob(f.port(), serial, f.upload.fileName(), QStringLiteral("/data/local/tmp/agent.apk"), 0644,
                                  kJobTimeoutMs));
        break;
    default:
        runJob(new AdbHostQueryJob(f.port(), "host-serial:" + serial.toUtf8() + ":get-state", kJobTimeoutMs));
        break;
    }
    // The server side's sockets go with their deleteLater.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
