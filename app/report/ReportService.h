#pragma once

#include "core/Status.h"
#include "security/AdminSession.h"

#include <QDate>
#include <functional>

class Database;

// Exports the compliance report: checks ExportReports, gathers the data, writes the PDF or CSV and
// records "report.export" in the audit trail (format, file, period, SHA-256 of what was written).
// A refused or failed export is audited as well.
class ReportService
{
public:
    enum class Format { Pdf, Csv };

    explicit ReportService(Database &db);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    Status exportReport(const AdminSession &session, Format format, const QString &path, const QDate &from = {}, const QDate &to = {});

private:
    Database &m_db;
    std::function<qint64()> m_clock;
};
