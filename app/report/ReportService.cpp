#include "report/ReportService.h"

#include "audit/AuditLog.h"
#include "report/ComplianceReportBuilder.h"
#include "report/CsvReportWriter.h"
#include "report/PdfReportWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

ReportService::ReportService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

Status ReportService::exportReport(const AdminSession &session, Format format, const QString &path, const QDate &from, const QDate &to)
{
    if (Status s = session.require(Permission::ExportReports, m_clock()); !s)
        return s;
    if (from.isValid() && to.isValid() && from > to)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("ReportService", "The period starts after it ends."));
    const ComplianceReportData data = ComplianceReportBuilder(m_db).build(session.actor(), from, to, m_clock());
    const QString formatName = format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    const Status written = format == Format::Pdf ? PdfReportWriter::write(data, path) : CsvReportWriter::write(data, path);
    AuditLog audit(m_db);
    if (!written) {
        audit.record(session.actor(), QStringLiteral("report.export"), QStringLiteral("failure"),
                     QStringLiteral("format=%1 file=%2; %3").arg(formatName, QFileInfo(path).fileName(), written.message()));
        return written;
    }
    QFile f(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        sha.addData(&f);
    return audit.record(session.actor(), QStringLiteral("report.export"), QStringLiteral("success"),
                        QStringLiteral("format=%1 file=%2 period=%3..%4 devices=%5 non_compliant=%6 sha256=%7")
                            .arg(formatName, QFileInfo(path).fileName(), data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate))
                            .arg(data.compliance.devices.size())
                            .arg(data.compliance.nonCompliantDevices)
                            .arg(QString::fromLatin1(sha.result().toHex())));
}
