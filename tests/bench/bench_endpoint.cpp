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
#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <atomic>

#include <sys/resource.h>

namespace {

std::shared_ptr<RequestHandler> makeIdleHandler(const CertificateAuthority &ca, bool cache)
{
    CmsVerifier verifier;
    CmsVerifier::create(ca.certificatePem(), verifier);
    // A TTL of 0 sends every message through the full CmsVerifier path (--no-cache).
    return std::make_shared<BenchIdleHandler>(std::make_shared<CachingCmsVerifier>(verifier, cache ? 900 : 0));
}

// Wraps the handler to tell its own cost from the server's (TLS, parsing, event loop).
struct TimedHandler : RequestHandler {
    std::shared_ptr<RequestHandler> inner;
    std::atomic<qint64> totalNs{0};
    std::atomic<qint64> maxNs{0};
    std::atomic<qint64> calls{0};
    std::atomic<bool> started{false};
    rusage atFirstCall{}; // the server's CPU when the check-ins began (after the TLS handshakes)
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override
    {
        if (!started.exchange(true))
            getrusage(RUSAGE_SELF, &atFirstCall);
        QElapsedTimer t;
        t.start();
        HttpResponse r = inner->handle(request, context);
        const qint64 ns = t.nsecsElapsed();
        totalNs += ns;
        calls += 1;
        qint64 seen = maxNs.load();
        while (ns > seen && !maxNs.compare_exchange_weak(seen, ns)) {
        }
        return r;
    }
};

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
    // With --dir, a fleet made by an earlier run is reused (its setup is slow: RSA keys, 1,000
    // certificates and signatures).
    const QString requestFile = dir + QStringLiteral("/requests.bin");
    const QString caFile = dir + QStringLiteral("/bench-ca.pem");
    CertificateAuthority ca;
    QByteArrayList requests;
    QElapsedTimer setup;
    setup.start();
    QFile savedCa(caFile);
    QFile savedRequests(requestFile);
    if (savedCa.open(QIODevice::ReadOnly) && savedRequests.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = savedCa.readAll().split('\x1e');
        QDataStream s(&savedRequests);
        s >> requests;
        if (parts.size() != 2 || !CertificateAuthority::load(parts[0], parts[1], ca) || requests.size() != devices) {
            out << "the saved fleet in " << dir << " does not match; remove it" << Qt::endl;
            return 1;
        }
    } else {
        CertificateAuthority::create(QStringLiteral("Bench CA"), QStringLiteral("Bench"), KeyAlgorithm::Rsa2048, 30, ca);
        if (Status s = BenchFleet::create(db, ca, devices, 16, requests); !s) {
            out << "setup failed: " << s.message() << Qt::endl;
            return 1;
        }
        QFile f(requestFile);
        f.open(QIODevice::WriteOnly);
        QDataStream s(&f);
        s << requests;
        QFile c(caFile);
        c.open(QIODevice::WriteOnly);
        c.write(ca.certificatePem() + '\x1e' + ca.privateKeyPem());
    }
    if (args.contains(QStringLiteral("--micro"))) {
        // Where a check-in's CPU goes, one piece at a time, on this thread.
        CmsVerifier verifier;
        CmsVerifier::create(ca.certificatePem(), verifier);
        QElapsedTimer t;
        const int n = 2000;
        t.start();
        for (int i = 0; i < n; ++i) {
            const QByteArray &r = requests.at(i % requests.size());
            const qsizetype sig = r.indexOf("Mdm-Signature: ") + 15;
            const QByteArray signature = r.mid(sig, r.indexOf('\r', sig) - sig);
            const QByteArray body = r.mid(r.indexOf("\r\n\r\n") + 4);
            VerifiedSigner signer;
            if (!verifier.verifyDetached(signature, body, signer))
                out << "verify failed" << Qt::endl;
        }
        out << "verifyDetached: " << t.nsecsElapsed() / n / 1000 << " us" << Qt::endl;
        CachingCmsVerifier caching(verifier);
        for (int round = 0; round < 2; ++round) {
        t.restart();
        for (int i = 0; i < requests.size(); ++i) {
            const QByteArray &r = requests.at(i % requests.size());
            const qsizetype sig = r.indexOf("Mdm-Signature: ") + 15;
            VerifiedSigner signer;
            if (!caching.verifyDetached(r.mid(sig, r.indexOf('\r', sig) - sig), r.mid(r.indexOf("\r\n\r\n") + 4), signer))
                out << "verify failed" << Qt::endl;
        }
        out << "CachingCmsVerifier (" << caching.hits() << " hits, " << caching.misses()
            << " misses so far): " << t.nsecsElapsed() / requests.size() / 1000 << " us" << Qt::endl;
        }
        ssl::X509Ptr caCert = ssl::readCertificate(ca.certificatePem());
        X509_STORE *store = X509_STORE_new();
        X509_STORE_add_cert(store, caCert.get());
        X509_STORE_set_purpose(store, X509_PURPOSE_SSL_CLIENT);
        {
            const QByteArray &r = requests.at(0);
            const qsizetype sig = r.indexOf("Mdm-Signature: ") + 15;
            const QByteArray der = QByteArray::fromBase64(r.mid(sig, r.indexOf('\r', sig) - sig));
            ssl::BioPtr in = ssl::readBio(der);
            ssl::CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
            STACK_OF(X509) *certs = CMS_get1_certs(cms.get());
            const QByteArray certDer = ssl::certificateDer(sk_X509_value(certs, 0));
            sk_X509_pop_free(certs, X509_free);
            t.restart();
            for (int i = 0; i < n; ++i) {
                ssl::X509Ptr c = ssl::readCertificate(certDer);
            }
            out << "d2i_X509 (device cert): " << t.nsecsElapsed() / n / 1000 << " us" << Qt::endl;
            t.restart();
            for (int i = 0; i < n; ++i) {
                const unsigned char *p = reinterpret_cast<const unsigned char *>(certDer.constData());
                X509_PUBKEY *pk = d2i_X509_PUBKEY(nullptr, &p, long(certDer.size()));
                X509_PUBKEY_free(pk);
            }
            out << "(garbage parse for scale): " << t.nsecsElapsed() / n / 1000 << " us" << Qt::endl;
            QByteArray stripped;
            QList<QByteArray> certList;
            CachingCmsVerifier::stripCertificates(der, stripped, certList);
            t.restart();
            for (int i = 0; i < n; ++i) {
                ssl::BioPtr b = ssl::readBio(stripped);
                ssl::CmsPtr c(d2i_CMS_bio(b.get(), nullptr));
            }
            out << "d2i_CMS of the stripped CMS (" << stripped.size() << " of " << der.size() << " bytes): "
                << t.nsecsElapsed() / n / 1000 << " us" << Qt::endl;
            t.restart();
            for (int i = 0; i < n; ++i) {
                const unsigned char *p = reinterpret_cast<const unsigned char *>(stripped.constData());
                CMS_ContentInfo *c = d2i_CMS_ContentInfo(nullptr, &p, long(stripped.size()));
                CMS_ContentInfo_free(c);
            }
            out << "d2i_CMS_ContentInfo of the stripped CMS: " << t.nsecsElapsed() / n / 1000 << " us" << Qt::endl;
            ssl::X509Ptr signerCert = ssl::readCertificate(certList.first());
            const QByteArray body = r.mid(r.indexOf("\r\n\r\n") + 4);
            const unsigned variants[] = {0, CMS_NO_ATTR_VERIFY, CMS_NO_CONTENT_VERIFY, CMS_NO_ATTR_VERIFY | CMS_NO_CONTENT_VERIFY};
            for (unsigned extra : variants) {
                t.restart();
                for (int i = 0; i < n; ++i) {
                    ssl::BioPtr b = ssl::readBio(stripped);
                    ssl::CmsPtr c(d2i_CMS_bio(b.get(), nullptr));
                    ssl::X509StackPtr st(sk_X509_new_null());
                    X509_up_ref(signerCert.get());
                    sk_X509_push(st.get(), signerCert.get());
                    ssl::BioPtr content = ssl::readBio(body);
                    if (CMS_verify(c.get(), st.get(), nullptr, content.get(), nullptr,
                                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY | CMS_NOINTERN | extra) != 1)
                        out << "fail" << Qt::endl;
                }
                out << "stripped CMS_verify flags+" << extra << ": " << t.nsecsElapsed() / n / 1000 << " us" << Qt::endl;
            }
        }
        for (int mode = 0; mode < 3; ++mode) {
            t.restart();
            for (int i = 0; i < n; ++i) {
                const QByteArray &r = requests.at(i % requests.size());
                const qsizetype sig = r.indexOf("Mdm-Signature: ") + 15;
                const QByteArray der = QByteArray::fromBase64(r.mid(sig, r.indexOf('\r', sig) - sig));
                const QByteArray body = r.mid(r.indexOf("\r\n\r\n") + 4);
                ssl::BioPtr in = ssl::readBio(der);
                ssl::CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
                if (mode == 0)
                    continue;
                ssl::BioPtr content = ssl::readBio(body);
                const unsigned flags = CMS_BINARY | (mode == 1 ? CMS_NO_SIGNER_CERT_VERIFY : 0);
                if (CMS_verify(cms.get(), nullptr, store, content.get(), nullptr, flags) != 1)
                    out << "fail" << Qt::endl;
            }
            out << (mode == 0 ? "d2i_CMS only: " : mode == 1 ? "CMS_verify without chain: " : "CMS_verify with chain: ")
                << t.nsecsElapsed() / n / 1000 << " us" << Qt::endl;
        }
        return 0;
    }
    TlsIdentity tls;
    ca.issueTlsCertificate({QStringLiteral("localhost")}, {QHostAddress::LocalHost}, 30, tls);
    out << "fleet: " << devices << " devices, certificates and signed check-ins in " << setup.elapsed() << " ms"
        << Qt::endl;

    EndpointServer server(db);
    EndpointLimits limits;
    limits.workerThreads = option(args, QStringLiteral("--threads"), QStringLiteral("0")).toInt();
    limits.requestClientCertificate = false;
    server.setLimits(limits);
    server.setTlsIdentity(tls);
    auto timed = std::make_shared<TimedHandler>();
    timed->inner = makeIdleHandler(ca, !args.contains(QStringLiteral("--no-cache")));
    server.addRoute(EndpointPaths::AppleServer, timed, 256 * 1024);

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
            << " cpu_us_per_checkin=" << (cpuSeconds(after) - cpuSeconds(timed->atFirstCall)) * 1e6 / double(qMax<quint64>(1, timed->calls))
            << " peak_rss_kb=" << after.ru_maxrss << Qt::endl
            << "handler: mean_us=" << (timed->calls ? timed->totalNs / timed->calls / 1000 : 0)
            << " max_ms=" << timed->maxNs / 1000000 << Qt::endl;
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
