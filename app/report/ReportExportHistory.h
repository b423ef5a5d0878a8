#pragma once

#include "report/ReportOutcome.h"
#include "report/ReportRequest.h"

#include <QDateTime>
#include <QList>

class Database;

// One successful compliance report export, as the audit trail recorded it.
struct ReportExportRecord {
    qint64 auditId = 0;
    QDateTime when; // UTC
    QString who;
    QString format; // "pdf", "csv"
    QString scope;  // ReportScope::id()
    QString asOf;   // ISO date
    QString fileName;
    QString sha256;
    int devices = 0;
};

// The "report.export" audit entries: writes their details (one fixed layout, so they read back)
// and lists the past exports from them. The audit trail is the register: nothing else to keep in step.
namespace ReportExportHistory {
QString details(const ReportRequest &request, const QDate &from, const QDate &asOf, const ReportOutcome &outcome);
QString refusalDetails(const ReportRequest &request, const QString &reason);
std::optional<ReportExportRecord> parse(const QString &details);
QList<ReportExportRecord> list(Database &db, int limit = 200); // newest first
}
