// The compliance PDF for a demo fleet: time and peak memory. Not in CTest; run by hand:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_report [--devices N] [--out FILE]
#include "db/Database.h"
#include "fleet/DemoSeeder.h"
#include "fleet/DeviceGroupService.h"
#include "policy/PolicyService.h"
#include "report/ReportService.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace {
long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption devices(QStringLiteral("devices"), QStringLiteral("fleet size (default 5000)"), QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("keep the PDF here"), QStringLiteral("FILE"));
    p.addOptions({devices, out});
    p.process(app);
    const int count = p.value(devices).toInt();
    if (count < 1) {
        fprintf(stderr, "bench_report: --devices needs a positive number\n");
        return 2;
    }
    QTemporaryDir dir;
    Database db;
    if (Status s = db.openSqlite(dir.filePath(QStringLiteral("bench.sqlite"))); !s) {
        fprintf(stderr, "bench_report: %s\n", qPrintable(s.message()));
        return 1;
    }
    const AdminSession admin(&db, 1, QStringLiteral("bench"), Role::Administrator, true);
    QElapsedTimer t;
    t.start();
    DemoSeeder seeder(db, admin.actor());
    if (Status s = seeder.seed(count); !s) {
        fprintf(stderr, "bench_report: %s\n", qPrintable(s.message()));
        return 1;
    }
    const qint64 seedMs = t.restart();
    DeviceGroup g;
    PolicyRecord policy;
    int queued = 0;
    DeviceGroupService groups(db);
    PolicyService policies(db);
    if (!groups.create(admin, QStringLiteral("Shared tablets"), {}, &g) || !groups.add(admin, g.id, {}, Ownership::Shared, {})
        || !policies.createFromBaseline(admin, QStringLiteral("shared"), {}, &policy) || !policies.assignToGroup(admin, policy.id, g.id, &queued)) {
        fprintf(stderr, "bench_report: setting up the policy failed\n");
        return 1;
    }
    const qint64 assignMs = t.restart();
    const long rssBefore = peakRssKb();
    const QString pdf = p.isSet(out) ? p.value(out) : dir.filePath(QStringLiteral("report.pdf"));
    t.restart();
    if (Status s = ReportService(db).exportReport(admin, ReportService::Format::Pdf, pdf); !s) {
        fprintf(stderr, "bench_report: %s\n", qPrintable(s.message()));
        return 1;
    }
    const qint64 pdfMs = t.restart();
    const long rssAfterPdf = peakRssKb();
    if (Status s = ReportService(db).exportReport(admin, ReportService::Format::Csv, dir.filePath(QStringLiteral("report.csv"))); !s)
        return 1;
    const qint64 csvMs = t.elapsed();
    printf("devices %d: seed %lld ms, shared baseline assigned (%d commands queued) in %lld ms\n", count, seedMs, queued, assignMs);
    printf("PDF %lld ms (%lld KB), CSV %lld ms; peak RSS %ld MB before the report, %ld MB after the PDF\n", pdfMs,
           QFileInfo(pdf).size() / 1024, csvMs, rssBefore / 1024, rssAfterPdf / 1024);
    return 0;
}
