// Signed Apple Idle check-ins per second through the real endpoint server: TLS on loopback,
// keep-alive connections, 1,000 simulated devices each with its own identity certificate, the
// fleet database durable on disk (SQLite WAL). Run by hand (not a CTest test):
//   bench_endpoint [--devices N] [--seconds S] [--threads T] [--dir PATH]
// The load generator runs as a child process (bench_endpoint --client ...), one thread with epoll,
// so that the server's CPU and peak RSS are its own. The handler is pluggable: makeIdleHandler()
// below builds the bench's stand-in for the Apple Idle path; swap in the real one after merging.
#include "BenchFleet.h"
#include "BenchIdleHandler.h"
#include "BenchLoadClient.h"

#include "db/Database.h"
#include "endpoint/EndpointPaths.h"
#include "endpoint/EndpointServer.h"
#include "pki/CmsVerifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

namespace {

std::shared_ptr<RequestHandler> makeIdleHandler(const CertificateAuthority &ca)
{
    CmsVerifier verifier;
    CmsVerifier::create(ca.certificatePem(), verifier);
    return std::make_shared<BenchIdleHandler>(verifier);
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int runClient(const QStringList &args)
{
    QFile file(option(args, QStringLiteral("--requests"), {}));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QByteArrayList requests;
    QDataStream in(&file);
    in >> requests;
    return BenchLoadClient::run(quint16(option(args, QStringLiteral("--port"), {}).toUInt()), requests,
                                option(args, QStringLiteral("--connections"), QStringLiteral("1000")).toInt(),
                                option(args, QStringLiteral("--seconds"), QStringLiteral("10")).toDouble());
}

double cpuSeconds(const rusage &r)
{
    return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--client")))
        return runClient(args);

    QTextStream out(stdout);
    const int devices = option(args, QStringLiteral("--devices"), QStringLiteral("1000")).toInt();
    const QString seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("10"));
    QTemporaryDir temp;
    const QString dir = option(args, QStringLiteral("--dir"), temp.path());

    Database db;
    if (Status s = db.openSqlite(dir + QStringLiteral("/bench-fleet.sqlite")); !s) {
        out << s.message() << Qt::endl;
        return 1;
    }
    CertificateAuthority ca;
    CertificateAuthority::create(QStringLiteral("Bench CA"), QStringLiteral("Bench"), KeyAlgorithm::Rsa2048, 30, ca);
    TlsIdentity tls;
    ca.issueTlsCertificate({QStringLiteral("localhost")}, {QHostAddress::LocalHost}, 30, tls);

    QElapsedTimer setup;
    setup.start();
    QByteArrayList requests;
    if (Status s = BenchFleet::create(db, ca, devices, 16, requests); !s) {
        out << "setup failed: " << s.message() << Qt::endl;
        return 1;
    }
    const QString requestFile = dir + QStringLiteral("/requests.bin");
    {
        QFile f(requestFile);
        f.open(QIODevice::WriteOnly);
        QDataStream s(&f);
        s << requests;
    }
    out << "fleet: " << devices << " devices, certificates and signed check-ins in " << setup.elapsed() << " ms"
        << Qt::endl;

    EndpointServer server(db);
    EndpointLimits limits;
    limits.workerThreads = option(args, QStringLiteral("--threads"), QStringLiteral("0")).toInt();
    limits.requestClientCertificate = false;
    server.setLimits(limits);
    server.setTlsIdentity(tls);
    server.addRoute(EndpointPaths::AppleServer, makeIdleHandler(ca), 256 * 1024);

    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    rusage before{};
    int exitCode = 1;
    QObject::connect(&server, &EndpointServer::started, &app, [&](const QHostAddress &, quint16 port) {
        out << "server: " << server.workerCount() << " worker threads on port " << port << Qt::endl;
        getrusage(RUSAGE_SELF, &before);
        client.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--client"), QStringLiteral("--port"), QString::number(port), QStringLiteral("--requests"),
                      requestFile, QStringLiteral("--connections"), QString::number(devices), QStringLiteral("--seconds"), seconds});
    });
    QObject::connect(&server, &EndpointServer::failed, &app, [&](const QString &why) {
        out << "server failed: " << why << Qt::endl;
        app.exit(1);
    });
    QObject::connect(&client, &QProcess::finished, &app, [&](int code) {
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        out << "client: " << client.readAllStandardOutput().trimmed() << Qt::endl;
        const EndpointStats st = server.stats();
        out << "server: requests=" << st.requests << " 2xx=" << st.status2xx << " 4xx=" << st.status4xx
            << " 5xx=" << st.status5xx << " cpu_s=" << cpuSeconds(after) - cpuSeconds(before)
            << " peak_rss_kb=" << after.ru_maxrss << Qt::endl;
        exitCode = code;
        server.stop();
    });
    QObject::connect(&server, &EndpointServer::stopped, &app, [&] {
        // The coalesced last_seen writes reached the database (flushed at the latest on stop).
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM devices WHERE last_seen IS NOT NULL"));
        q.next();
        out << "devices with last_seen recorded: " << q.value(0).toInt() << " of " << devices << Qt::endl;
        app.exit(exitCode);
    });
    server.start(QHostAddress::LocalHost, 0);
    return app.exec();
}
