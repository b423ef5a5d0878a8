#include "report/ReportExportHistory.h"

#include "audit/AuditLog.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ReportExportHistory {

QString details(const ReportRequest &request, const QDate &from, const QDate &asOf, const ReportOutcome &outcome)
{
    // The file name is last: it is the one free-text value besides the scope, and may hold spaces.
    return QStringLiteral("format=%1 scope=%2 as_of=%3 period=%4..%3 devices=%5 non_compliant=%6 sha256=%7 file=%8")
        .arg(request.formatName(), request.scope.id(), asOf.toString(Qt::ISODate), from.toString(Qt::ISODate))
        .arg(outcome.devices)
        .arg(outcome.nonCompliant)
        .arg(outcome.sha256, QFileInfo(request.path).fileName());
}

QString refusalDetails(const ReportRequest &request, const QString &reason)
{
    return QStringLiteral("format=%1 scope=%2 file=%3; %4").arg(request.formatName(), request.scope.id(), QFileInfo(request.path).fileName(), reason);
}

std::optional<ReportExportRecord> parse(const QString &text)
{
    static const QRegularExpression current(QStringLiteral(
        R"(^format=(\S+) scope=(.*) as_of=(\S+) period=\S+ devices=(\d+) non_compliant=\d+ sha256=([0-9a-f]{64}) file=(.*)$)"));
    // Exports before scopes existed: the whole fleet, as of the end of the period.
    static const QRegularExpression earlier(QStringLiteral(
        R"(^format=(\S+) file=(.*) period=\S+\.\.(\S+) devices=(\d+) non_compliant=\d+ sha256=([0-9a-f]{64})$)"));
    ReportExportRecord r;
    if (const QRegularExpressionMatch m = current.match(text); m.hasMatch()) {
        r.format = m.captured(1);
        r.scope = m.captured(2);
        r.asOf = m.captured(3);
        r.devices = m.captured(4).toInt();
        r.sha256 = m.captured(5);
        r.fileName = m.captured(6);
        return r;
    }
    if (const QRegularExpressionMatch m = earlier.match(text); m.hasMatch()) {
        r.format = m.captured(1);
        r.fileName = m.captured(2);
        r.asOf = m.captured(3);
        r.devices = m.captured(4).toInt();
        r.sha256 = m.captured(5);
        r.scope = QStringLiteral("fleet");
        return r;
    }
    return std::nullopt;
}

QList<ReportExportRecord> list(Database &db, int limit)
{
    AuditQuery q;
    q.action = QStringLiteral("report.export");
    QList<ReportExportRecord> out;
    for (const AuditEvent &e : AuditLog(db).page(q, 0, limit)) {
        if (e.outcome != QLatin1String("success"))
            continue;
        if (std::optional<ReportExportRecord> r = parse(e.details)) {
            r->auditId = e.id;
            r->when = e.occurredAt;
            r->who = e.actor;
            out << *r;
        }
    }
    return out;
}

} // namespace ReportExportHistory
