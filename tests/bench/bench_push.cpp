// Fans out MDM wakes through the real push path (ApnsClient -> Http2Client -> one HTTP/2
// connection) to a local HTTP/2 server and reports pushes per second and peak memory. Run by hand
// through bench_push.sh, which starts the servers (nghttpd; a node server answering after 50 ms)
// and h2load as the ceiling. Not a CTest test.
//   bench_push --port N --ca SERVER_CA.pem [--host H] [--count N] [--token HEX] [--timeout-ms T]
#include "push/ApnsClient.h"
#include "push/Http2Client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>

#include <sys/resource.h>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption host(QStringLiteral("host"), {}, QStringLiteral("H"), QStringLiteral("127.0.0.1")),
        port(QStringLiteral("port"), {}, QStringLiteral("N")), ca(QStringLiteral("ca"), {}, QStringLiteral("FILE")),
        count(QStringLiteral("count"), {}, QStringLiteral("N"), QStringLiteral("10000")),
        token(QStringLiteral("token"), {}, QStringLiteral("HEX"), QStringLiteral("00aa")),
        timeout(QStringLiteral("timeout-ms"), {}, QStringLiteral("T"), QStringLiteral("60000"));
    p.addOptions({host, port, ca, count, token, timeout});
    p.process(app);
    QFile caFile(p.value(ca));
    if (!caFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_push: --ca FILE is needed\n");
        return 2;
    }
    Http2Client http;
    ApnsClient apns(&http);
    apns.setServer(false, p.value(host), quint16(p.value(port).toUInt()));
    apns.setTrustedRoots(QSslCertificate::fromData(caFile.readAll()));
    apns.setTimeout(p.value(timeout).toInt());
    const int n = p.value(count).toInt();
    const QString deviceToken = p.value(token);
    const QString topic = QStringLiteral("com.apple.mgmt.External.00000000-0000-4000-8000-000000000000");
    int done = 0, ok = 0;
    QElapsedTimer clock;
    // The connection is opened by a first push, as the dispatcher's first wake would; the timed
    // burst then measures steady-state fan-out.
    apns.sendMdmWake(deviceToken, QStringLiteral("warm-up"), topic, 0, [&](const PushResult &) {
        clock.start();
        for (int i = 0; i < n; ++i)
            apns.sendMdmWake(deviceToken, QStringLiteral("magic-%1").arg(i), topic, 0, [&](const PushResult &r) {
                ++done;
                ok += r.outcome == PushResult::Outcome::Delivered;
                if (done < n)
                    return;
                const double ms = double(clock.nsecsElapsed()) / 1e6;
                rusage usage{};
                getrusage(RUSAGE_SELF, &usage);
                std::printf("bench_push: %d pushes, %d answered 200, in %.1f ms = %.0f pushes/s, peak RSS %ld KiB, %d connection(s)\n",
                            n, ok, ms, n * 1000.0 / ms, usage.ru_maxrss, http.connectionsOpened());
                QCoreApplication::exit(ok == n ? 0 : 1);
            });
    });
    return app.exec();
}
