#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "report/ReportService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

// `clinicmdm report pdf|csv --out FILE [--from DATE --to DATE]`.
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ReportVerb", text); }

void printHelp(QTextStream &out)
{
    out << tr("Usage: clinicmdm [--db PATH] --user NAME report pdf|csv --out FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD]") << "\n\n"
        << tr("Writes the HIPAA compliance report: every safeguard, its evidence, each non-compliant device with its reason, "
              "addressable decisions, the audit trail's verification and the vendor/BAA register. The period (default: the last 30 days) "
              "selects the activity and trend shown; device states are as of now. The export is audited.") << "\n";
    out.flush();
}

int run(CliContext &ctx, ReportService::Format format)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("FILE")), from(QStringLiteral("from"), {}, QStringLiteral("DATE")),
        to(QStringLiteral("to"), {}, QStringLiteral("DATE"));
    p.addOptions({out, from, to});
    const QString usage = QStringLiteral("clinicmdm report pdf|csv --out FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (!p.isSet(out) || !p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    QDate fromDate, toDate;
    for (const auto &[option, date] : {std::pair{&from, &fromDate}, std::pair{&to, &toDate}}) {
        if (!p.isSet(*option))
            continue;
        *date = QDate::fromString(p.value(*option), Qt::ISODate);
        if (!date->isValid())
            return ctx.fail(ErrorCode::Usage, tr("--%1 needs a date such as 2026-11-01").arg(option->names().first()));
    }
    if (const int rc = CliSignIn::signIn(ctx, Permission::ExportReports); rc != 0)
        return rc;
    const QString path = QFileInfo(p.value(out)).absoluteFilePath();
    if (Status s = ReportService(ctx.db).exportReport(ctx.session, format, path, fromDate, toDate); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Wrote %1.").arg(path) << Qt::endl;
    return 0;
}

int pdf(CliContext &ctx) { return run(ctx, ReportService::Format::Pdf); }
int csv(CliContext &ctx) { return run(ctx, ReportService::Format::Csv); }

} // namespace

namespace CliVerbs {

int report(CliContext &ctx) { return CliOptions::dispatch(ctx, {{"pdf", &pdf}, {"csv", &csv}}, &printHelp); }

} // namespace CliVerbs
