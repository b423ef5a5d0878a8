#include "report/CsvReportWriter.h"

#include "core/OwnerOnlyFile.h"
#include "report/ReportTables.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
QByteArray field(const QString &text)
{
    QString t = text;
    // A leading = + - @ would be a formula in a spreadsheet.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')))
        t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return t.toUtf8();
}

QByteArray line(const QString &section, const QStringList &cells)
{
    QByteArray out = field(section);
    for (const QString &c : cells)
        out += ',' + field(c);
    return out + "\r\n";
}
} // namespace

namespace CsvReportWriter {

QByteArray toCsv(const ComplianceReportData &data)
{
    QByteArray out;
    for (const ReportTable &t : ReportTables::build(data)) {
        out += line(QLatin1Char('#') + t.id, t.headers);
        for (const QStringList &row : t.rows)
            out += line(t.id, row);
    }
    return out;
}

Status write(const ComplianceReportData &data, const QString &path, const std::function<bool()> &proceed)
{
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly) && OwnerOnlyFile::restrict(file) && file.write(toCsv(data)) >= 0;
    if (opened && proceed && !proceed()) {
        file.cancelWriting(); // nothing is left at `path`
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CsvReportWriter", "The export was cancelled."));
    }
    if (!opened || !file.commit())
        return Status::failure(ErrorCode::Failure,
                               QCoreApplication::translate("CsvReportWriter", "Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace CsvReportWriter
