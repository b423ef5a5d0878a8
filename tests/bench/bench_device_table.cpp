// Measures what the device table needs from the fleet database at clinic-chain scale (100,000
// devices): opening + counting + the first page, sorting by every column, text search and filter
// combinations. Run by hand (not a CTest test):
//   bench_device_table [DB_PATH] [--devices N] [--runs R]
// DB_PATH may be a PostgreSQL target (postgresql://USER@HOST:PORT/DBNAME, password from
// PGPASSWORD or ~/.pgpass) to measure the same on PostgreSQL.
// Without DB_PATH a temporary database is seeded and removed; with one, an existing fleet is reused
// (or seeded when empty) so repeated runs skip the seeding.
#include "db/Database.h"
#include "fleet/DemoSeeder.h"
#include "fleet/DeviceRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <cstdlib>
#include <time.h>

namespace {

constexpr int kPage = 200;

struct Measure {
    QString name;
    double median = 0;
    double min = 0;
    double cpuMedian = 0; // this thread's CPU time: what the work costs when the machine is busy
    double goal = 0;
    int rows = 0;
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Measure measure(const QString &name, double goalMs, int runs, const std::function<int()> &job)
{
    QList<double> times, cpu;
    int rows = 0;
    job(); // warm-up: the first run pays for reading pages from disk once
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer t;
        t.start();
        rows = job();
        times << double(t.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - cpuStart;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {name, times[times.size() / 2], times.first(), cpu[cpu.size() / 2], goalMs, rows};
}

QString fieldName(DeviceField f)
{
    static const char *names[] = {"name", "platform", "model", "os", "ownership", "department",
                                  "assigned_to", "state", "last_seen", "serial"};
    return QLatin1String(names[int(f)]);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    int devices = 100'000;
    int runs = 7;
    QString path;
    const QString usage = QStringLiteral("usage: bench_device_table [DB_PATH] [--devices N] [--runs R]\n");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h")) {
            out << usage;
            return 0;
        }
        if (args[i] == QLatin1String("--devices") && i + 1 < args.size()) {
            devices = args[++i].toInt();
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = qMax(1, args[++i].toInt());
        } else if (args[i].startsWith(QLatin1Char('-')) || !path.isEmpty()) {
            // Never taken for a database path: opening it would create a file of that name.
            QTextStream(stderr) << "unexpected argument " << args[i] << "\n" << usage;
            return 2;
        } else {
            path = args[i];
        }
    }
    QTemporaryDir tmp;
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("bench.sqlite"));

    const auto open = [&path](Database &db) {
        if (!PostgresTarget::looksLikePostgres(path))
            return db.openSqlite(path);
        QString error;
        const PostgresTarget target = PostgresTarget::parse(path, &error);
        return error.isEmpty() ? db.openPostgres(target) : Status::failure(ErrorCode::Usage, error);
    };
    {
        Database db;
        if (Status s = open(db); !s) {
            out << "cannot open " << path << ": " << s.message() << Qt::endl;
            return 3;
        }
        DeviceRepository repo(db);
        if (repo.countAll() == 0) {
            DemoSeeder seeder(db, Actor::system());
            seeder.setSeed(1);
            QElapsedTimer t;
            t.start();
            if (Status s = seeder.seed(devices); !s) {
                out << "seeding failed: " << s.message() << Qt::endl;
                return 1;
            }
            out << "Seeded " << devices << " devices in " << t.elapsed() << " ms into " << path << "\n";
        } else {
            out << "Reusing " << repo.countAll() << " devices in " << path << "\n";
        }
    }

    QList<Measure> results;
    results << measure(QStringLiteral("open + count + first page (200)"), 150, runs, [&] {
        Database db;
        open(db);
        DeviceRepository repo(db);
        const int total = repo.countAll();
        const int rows = int(repo.page(DeviceQuery{}, 0, kPage).size());
        return total > 0 ? rows : -1;
    });

    Database db;
    open(db);
    DeviceRepository repo(db);
    const QString someSerial = repo.page(DeviceQuery{}, 5000, 1).value(0).serial;

    for (int f = 0; f < DeviceFieldCount; ++f) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            DeviceQuery q;
            q.sortField = DeviceField(f);
            q.sortOrder = order;
            results << measure(QStringLiteral("sort %1 %2").arg(fieldName(q.sortField),
                                                               order == Qt::AscendingOrder ? "asc" : "desc"),
                               100, runs, [&] { return int(repo.page(q, 0, kPage).size()); });
        }
    }

    // Filters: what the table shows is the count (status bar) and the first page.
    auto filtered = [&](const QString &name, const DeviceQuery &q) {
        results << measure(name, 100, runs, [&, q] {
            const int total = repo.count(q);
            repo.page(q, 0, kPage);
            return total;
        });
    };
    for (const QString &text : {QStringLiteral("icu"), QStringLiteral("chen"), QStringLiteral("ipad"),
                                QStringLiteral("galaxy tab"), someSerial.left(6), QStringLiteral("no-such-thing")}) {
        DeviceQuery q;
        q.text = text;
        filtered(QStringLiteral("search \"%1\" (count + page)").arg(text), q);
    }
    {
        DeviceQuery q;
        q.platform = Platform::Android;
        q.ownership = Ownership::BYOD;
        filtered(QStringLiteral("android + BYOD"), q);
        q = {};
        q.department = QStringLiteral("ICU");
        q.state = EnrollmentState::Enrolled;
        q.sortField = DeviceField::LastSeen;
        q.sortOrder = Qt::DescendingOrder;
        filtered(QStringLiteral("ICU + enrolled, by last seen desc"), q);
        q = {};
        q.state = EnrollmentState::Unreachable;
        q.sortField = DeviceField::Department;
        filtered(QStringLiteral("unreachable, by department"), q);
        q = {};
        q.text = QStringLiteral("dr.");
        q.platform = Platform::iOS;
        q.sortField = DeviceField::OsVersion;
        filtered(QStringLiteral("\"dr.\" + ios, by OS"), q);
        q = {};
        q.text = QStringLiteral("kiosk");
        q.ownership = Ownership::COSU;
        q.department = QStringLiteral("Front desk");
        filtered(QStringLiteral("\"kiosk\" + COSU + Front desk"), q);
    }

    out << "\n" << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                       .arg(QStringLiteral("case"), -44)
                       .arg(QStringLiteral("median ms"), 10)
                       .arg(QStringLiteral("min ms"), 9)
                       .arg(QStringLiteral("cpu ms"), 8)
                       .arg(QStringLiteral("goal"), 6)
                       .arg(QStringLiteral("rows"), 7)
                       .arg(QStringLiteral("ok"));
    int misses = 0;
    for (const Measure &m : results) {
        const bool ok = m.median < m.goal;
        misses += ok ? 0 : 1;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                   .arg(m.name, -44)
                   .arg(m.median, 10, 'f', 1)
                   .arg(m.min, 9, 'f', 1)
                   .arg(m.cpuMedian, 8, 'f', 1)
                   .arg(m.goal, 6, 'f', 0)
                   .arg(m.rows, 7)
                   .arg(ok ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    double load[1] = {0};
    if (getloadavg(load, 1) != 1)
        load[0] = -1;
    out << "\n" << runs << " runs each after one warm-up; load average " << load[0] << "; " << (misses ? QString::number(misses) : QStringLiteral("no"))
        << " case(s) over the goal." << Qt::endl;
    return misses ? 1 : 0;
}
