#include "report/ReportService.h"

#include "audit/AuditLog.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "report/ComplianceReportBuilder.h"
#include "report/CsvReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/ReportExportHistory.h"
#include "report/ReportScopeFilter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

namespace {
const QString kAction = QStringLiteral("report.export");
}

ReportService::ReportService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

Status ReportService::exportReport(const AdminSession &session, Format format, const QString &path, const QDate &from, const QDate &to)
{
    return exportReport(session, ReportRequest{format, path, {}, from, to, 0});
}

Status ReportService::exportReport(const AdminSession &session, const ReportRequest &request, ReportOutcome *outcome)
{
    if (Status s = authorize(session, request); !s)
        return s;
    ReportOutcome local;
    ReportOutcome &o = outcome ? *outcome : local;
    const Status produced = produce(session.actor(), request, {}, &o);
    const Status recorded = record(session.actor(), request, produced, o);
    return produced ? recorded : produced;
}

Status ReportService::authorize(const AdminSession &session, const ReportRequest &request)
{
    // A refused role is audited by require() itself (access.denied, with the permission).
    if (Status s = session.require(Permission::ExportReports, m_clock()); !s)
        return s;
    Status s = Status::success();
    if (request.from.isValid() && request.asOf.isValid() && request.from > request.asOf)
        s = Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("ReportService", "The period starts after it ends."));
    if (s)
        s = ReportScopeFilter(m_db, request.scope, 0).validate();
    if (!s)
        AuditLog(m_db).record(session.actor(), kAction, QStringLiteral("failure"), ReportExportHistory::refusalDetails(request, s.message()));
    return s;
}

Status ReportService::produce(const Actor &actor, const ReportRequest &request, const Progress &progress, ReportOutcome *outcome) const
{
    *outcome = ReportOutcome();
    outcome->path = request.path;
    // Every writer stop goes through here, so a stopped writer is told apart from a failed one.
    auto proceed = [&progress, outcome](int percent) {
        if (progress && !progress(percent))
            outcome->cancelled = true;
        return !outcome->cancelled;
    };
    auto cancelled = [] { return Status::failure(ErrorCode::Failure, QCoreApplication::translate("ReportService", "The export was cancelled.")); };
    if (!proceed(0))
        return cancelled();
    ComplianceReportData data;
    if (Status s = ComplianceReportBuilder(m_db).build(actor, request.scope, request.from, request.asOf, m_clock(), &data); !s)
        return s;
    outcome->devices = int(data.compliance.devices.size());
    outcome->nonCompliant = data.compliance.nonCompliantDevices;
    outcome->from = data.from;
    outcome->asOf = data.to;
    // Gathering is about a tenth of a PDF's time; writing the pages is the rest.
    if (!proceed(10))
        return cancelled();
    const Status written = request.format == Format::Pdf
                               ? PdfReportWriter::write(data, request.path, [&proceed](int p) { return proceed(10 + p * 85 / 100); }, &outcome->pages)
                               : CsvReportWriter::write(data, request.path, [&proceed] { return proceed(95); });
    if (outcome->cancelled)
        return cancelled();
    if (!written)
        return written;
    QFile f(request.path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        sha.addData(&f);
    outcome->sha256 = QString::fromLatin1(sha.result().toHex());
    if (request.format == Format::Pdf && request.previewPages > 0)
        outcome->previewPages = PdfReportWriter::renderPages(data, request.previewPages, outcome->pages);
    else if (request.previewPages > 0)
        outcome->previewLines = QString::fromUtf8(CsvReportWriter::toCsv(data)).split(QStringLiteral("\r\n")).mid(0, 40);
    if (progress)
        progress(100);
    return Status::success();
}

Status ReportService::record(const Actor &actor, const ReportRequest &request, const Status &produced, const ReportOutcome &outcome)
{
    AuditLog audit(m_db);
    if (outcome.cancelled)
        return audit.record(actor, kAction, QStringLiteral("cancelled"), ReportExportHistory::refusalDetails(request, QStringLiteral("cancelled by the admin")));
    if (!produced)
        return audit.record(actor, kAction, QStringLiteral("failure"), ReportExportHistory::refusalDetails(request, produced.message()));
    return audit.record(actor, kAction, QStringLiteral("success"), ReportExportHistory::details(request, outcome.from, outcome.asOf, outcome));
}

QList<ReportScope> ReportService::scopeChoices() const
{
    QList<ReportScope> out{ReportScope{}};
    for (const DeviceGroup &g : DeviceGroupRepository(m_db).list())
        out << ReportScope{ReportScope::Kind::Group, g.name};
    for (const QString &d : DeviceRepository(m_db).departments())
        out << ReportScope{ReportScope::Kind::Department, d};
    for (const QString &o : DeviceTypes::allOwnershipsDb())
        out << ReportScope{ReportScope::Kind::Ownership, o};
    return out;
}
