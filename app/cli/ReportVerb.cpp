#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "audit/AuditCheckpointer.h"
#include "cli/CliProgress.h"
#include "report/ReportExportJob.h"
#include "report/ReportService.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

// `clinicmdm report pdf|csv --out FILE [--from DATE] [--as-of DATE] [--group NAME|--department D|--ownership O]`.
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ReportVerb", text); }

const char *kUsage = "clinicmdm report pdf|csv --out FILE [--from YYYY-MM-DD] [--as-of YYYY-MM-DD] "
                     "[--group NAME | --department NAME | --ownership BYOD|COPE|COSU|Shared]";

void printHelp(QTextStream &out)
{
    out << tr("Usage: clinicmdm [--db PATH] --user NAME %1").arg(QLatin1String(kUsage)) << "\n\n"
        << tr("Writes the HIPAA compliance report: every safeguard, its evidence, each non-compliant device with its reason, "
              "addressable decisions, the audit trail's verification (with a checkpoint signed just before and the audit key's "
              "fingerprint), certificates and the vendor/BAA register. --group, --department or --ownership limits it to those "
              "devices. --as-of (default: today) ends the period: device states are judged at the end of that day, and values "
              "reported later are not counted; the period starts 30 days earlier unless --from says otherwise (--to is the same "
              "as --as-of). The export is audited.") << "\n";
    out.flush();
}

// The scope options: at most one of them.
bool readScope(CliContext &ctx, const QCommandLineParser &p, const QList<std::pair<const QCommandLineOption *, ReportScope::Kind>> &options,
               ReportScope *scope)
{
    int given = 0;
    for (const auto &[option, kind] : options)
        if (p.isSet(*option)) {
            *scope = ReportScope{kind, p.value(*option)};
            ++given;
        }
    if (given > 1) {
        ctx.fail(ErrorCode::Usage, tr("give at most one of --group, --department and --ownership"));
        return false;
    }
    return true;
}

int run(CliContext &ctx, ReportService::Format format)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("FILE")), from(QStringLiteral("from"), {}, QStringLiteral("DATE")),
        to(QStringLiteral("to"), {}, QStringLiteral("DATE")), asOf(QStringLiteral("as-of"), {}, QStringLiteral("DATE")),
        group(QStringLiteral("group"), {}, QStringLiteral("NAME")), department(QStringLiteral("department"), {}, QStringLiteral("NAME")),
        ownership(QStringLiteral("ownership"), {}, QStringLiteral("MODEL"));
    p.addOptions({out, from, to, asOf, group, department, ownership});
    const QString usage = QLatin1String(kUsage);
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (!p.isSet(out) || !p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    ReportRequest request;
    request.format = format;
    request.path = QFileInfo(p.value(out)).absoluteFilePath();
    for (const auto &[option, date] : {std::pair{&from, &request.from}, std::pair{&to, &request.asOf}, std::pair{&asOf, &request.asOf}}) {
        if (!p.isSet(*option))
            continue;
        *date = QDate::fromString(p.value(*option), Qt::ISODate);
        if (!date->isValid())
            return ctx.fail(ErrorCode::Usage, tr("--%1 needs a date such as 2026-11-01").arg(option->names().first()));
    }
    if (!readScope(ctx, p, {{&group, ReportScope::Kind::Group}, {&department, ReportScope::Kind::Department}, {&ownership, ReportScope::Kind::Ownership}},
                   &request.scope))
        return int(ErrorCode::Usage);
    if (const int rc = CliSignIn::signIn(ctx, Permission::ExportReports); rc != 0)
        return rc;
    // The report carries a checkpoint signed just before it; without a keychain it still runs, with
    // the newest checkpoint there is, and says so.
    auto *owner = new QObject(QCoreApplication::instance());
    Status storeStatus;
    SecretStore *store = SecretStore::open(ctx.db, &storeStatus, owner);
    AuditCheckpointer *checkpointer = store ? new AuditCheckpointer(ctx.db, *store, owner) : nullptr;
    if (!store)
        ctx.err << "clinicmdm: " << tr("warning: no new audit checkpoint signed: %1").arg(storeStatus.message()) << Qt::endl;
    auto *job = new ReportExportJob(ctx.db, ctx.session, checkpointer, owner);
    auto progress = std::make_shared<CliProgress>(ctx.err, tr("Writing the report"));
    QObject::connect(job, &ReportExportJob::progress, owner, [progress, cb = progress->callback()](int percent) { if (cb) cb(percent, 100); });
    QObject::connect(job, &ReportExportJob::finished, owner, [&ctx, owner, progress, path = request.path](const Status &s, const ReportOutcome &o) {
        progress->finish();
        owner->deleteLater();
        if (!s) {
            ctx.finish(ctx.fail(s.code(), s.message()));
            return;
        }
        ctx.out << tr("Wrote %1 (devices: %2, SHA-256 %3).").arg(path).arg(o.devices).arg(o.sha256) << Qt::endl;
        ctx.finish(0);
    });
    job->start(request);
    return CliContext::Pending;
}

int pdf(CliContext &ctx) { return run(ctx, ReportService::Format::Pdf); }
int csv(CliContext &ctx) { return run(ctx, ReportService::Format::Csv); }

} // namespace

namespace CliVerbs {

int report(CliContext &ctx) { return CliOptions::dispatch(ctx, {{"pdf", &pdf}, {"csv", &csv}}, &printHelp); }

} // namespace CliVerbs
