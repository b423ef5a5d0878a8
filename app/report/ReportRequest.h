#pragma once

#include "report/ReportScope.h"

#include <QDate>
#include <QString>

enum class ReportFormat { Pdf, Csv };

// One compliance report to export: format, file, which devices (scope), and the reporting period.
// `asOf` is the last day of the period (default today, UTC): device states are judged at the end of
// that day from what the console held then, and the activity and trend stop there. `from` defaults
// to 29 days before `asOf`.
struct ReportRequest {
    ReportFormat format = ReportFormat::Pdf;
    QString path;
    ReportScope scope;
    QDate from;
    QDate asOf;
    int previewPages = 0; // PDF: also render the first pages as images (the console's preview)

    QString formatName() const { return format == ReportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv"); }
};
