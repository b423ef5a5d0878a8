// Signed Idle check-ins against the Apple command handler, in process, from several worker
// threads, each with its own connection to a durable on-disk fleet database — what the endpoint's
// workers do behind TLS. Prints requests/s, latency percentiles and peak memory.
//
//   bench_apple_idle [devices=200] [threads=2] [seconds=5]

#include "AppleMdmFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <thread>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int devices = argc > 1 ? std::atoi(argv[1]) : 200;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 5;

    AppleMdmFixture f;
    struct Signed {
        QByteArray body;
        QByteArray signature;
    };
    QList<Signed> idles;
    QElapsedTimer enrollTimer;
    enrollTimer.start();
    for (int i = 0; i < devices; ++i) {
        AppleDeviceSimulator device(f.transport, AppleMdmFixture::identity(i + 1));
        const QString error = device.enroll(f.createLink());
        if (!error.isEmpty() || device.poll() != 2) {
            qCritical("device %d failed to enroll: %s", i, qPrintable(error));
            return 1;
        }
        idles.append({device.idleBody(), device.sign(device.idleBody())});
    }
    f.runtime->lastSeen().flush(f.db());
    std::printf("enrolled %d devices in %.1f s\n", devices, double(enrollTimer.elapsed()) / 1000.0);

    std::atomic_bool stop{false};
    std::atomic<qint64> failures{0};
    QList<QList<qint64>> latencies(threads);
    std::vector<std::thread> workers;
    const QString path = f.database.path();
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            Database db;
            if (!db.openSqlite(path)) {
                ++failures;
                return;
            }
            TestEndpointContext context(db);
            QElapsedTimer clock;
            int i = t;
            while (!stop.load(std::memory_order_relaxed)) {
                const Signed &s = idles.at(i % idles.size());
                i += threads;
                HttpRequest r;
                r.method = "PUT";
                r.path = "/mdm/server";
                r.headers.append(qMakePair(QByteArray("mdm-signature"), s.signature));
                r.body = s.body;
                clock.start();
                const HttpResponse response = f.server->handle(r, context);
                latencies[t].append(clock.nsecsElapsed());
                if (response.status != 200 || !response.body.isEmpty())
                    ++failures;
            }
            f.runtime->lastSeen().flush(db);
        });
    }
    QElapsedTimer wall;
    wall.start();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (std::thread &w : workers)
        w.join();
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    QList<qint64> all;
    for (const QList<qint64> &l : latencies)
        all += l;
    std::sort(all.begin(), all.end());
    auto pct = [&](double p) { return all.isEmpty() ? 0.0 : double(all.at(qsizetype(p * double(all.size() - 1)))) / 1e6; };
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%d threads, %d devices, %.1f s: %lld signed Idle check-ins, %.0f/s, failures %lld\n", threads, devices, elapsed,
                static_cast<long long>(all.size()), double(all.size()) / elapsed, static_cast<long long>(failures.load()));
    std::printf("latency ms: p50 %.3f  p95 %.3f  p99 %.3f  max %.3f; peak RSS %ld MB\n", pct(0.50), pct(0.95), pct(0.99), pct(1.0),
                usage.ru_maxrss / 1024);
    std::printf("last_seen recorded for %s devices\n",
                qPrintable(f.scalar(QStringLiteral("SELECT COUNT(*) FROM devices WHERE last_seen IS NOT NULL"))));
    return failures.load() == 0 ? 0 : 1;
}
