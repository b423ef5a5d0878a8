#pragma once

#include "core/Status.h"
#include "report/ComplianceReportData.h"

#include <functional>

// The report's tables as one CSV (RFC 4180, UTF-8), the same rows as the PDF: each table starts
// with a header line "#<section>,<column names>" and every row starts with the section id, so a
// filter on the first column gives any one table.
namespace CsvReportWriter {
QByteArray toCsv(const ComplianceReportData &data);
// `proceed` is asked once before the file is committed; false cancels and leaves no file.
Status write(const ComplianceReportData &data, const QString &path, const std::function<bool()> &proceed = {});
}
