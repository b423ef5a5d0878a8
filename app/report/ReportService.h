#pragma once

#include "core/Status.h"
#include "report/ReportOutcome.h"
#include "report/ReportRequest.h"
#include "security/AdminSession.h"

#include <QDate>
#include <functional>

class Database;

// Exports the compliance report: checks ExportReports, gathers the data for the request's scope and
// as-of date, writes the PDF or CSV and records "report.export" in the audit trail (format, scope,
// file, period, SHA-256 of what was written; ReportExportHistory). A refused, failed or cancelled
// export is audited as well. The console runs the same steps on a worker thread (ReportExportJob):
// authorize() and record() on the caller's thread, produce() on the worker's own connection.
class ReportService
{
public:
    using Format = ReportFormat;
    // The percentage done; false cancels the export (no file is left).
    using Progress = std::function<bool(int percent)>;

    explicit ReportService(Database &db);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    Status exportReport(const AdminSession &session, Format format, const QString &path, const QDate &from = {}, const QDate &to = {});
    Status exportReport(const AdminSession &session, const ReportRequest &request, ReportOutcome *outcome = nullptr);

    // The permission (a refusal is audited as access.denied) and the request's dates and scope (audited as a failed export).
    Status authorize(const AdminSession &session, const ReportRequest &request);
    // Gathers and writes, no audit. A cancelled export returns a failure with outcome->cancelled set.
    Status produce(const Actor &actor, const ReportRequest &request, const Progress &progress, ReportOutcome *outcome) const;
    // The audit entry for what produce() answered: success, failure or cancelled.
    Status record(const Actor &actor, const ReportRequest &request, const Status &produced, const ReportOutcome &outcome);

    // What a report can be scoped to: the whole fleet, each group, department and ownership model.
    QList<ReportScope> scopeChoices() const;

private:
    Database &m_db;
    std::function<qint64()> m_clock;
};
