#pragma once

#include "core/Status.h"
#include "report/ComplianceReportData.h"

#include <QImage>
#include <QList>

#include <functional>

// Writes the compliance report as a PDF (QPdfWriter + QPainter, A4): cover, executive summary with
// the dashboard's charts (drawn by ReportChartPainter), one table per safeguard, non-compliant and
// unknown devices, policies and addressable decisions, audit verification, vendor/BAA register,
// certificates and the per-device appendix. Needs a QGuiApplication (fonts); the command line
// starts one on the offscreen platform for this.
namespace PdfReportWriter {
// Called with the percentage written; false cancels (nothing is left at `path`).
using Progress = std::function<bool(int percent)>;
Status write(const ComplianceReportData &data, const QString &path, const Progress &progress = {}, int *pageCount = nullptr);
// The first `maxPages` pages as images, painted by the same code as the file (the console's
// preview), at `scale` times the PDF's 144 dpi; `totalPages` is printed in the footers.
QList<QImage> renderPages(const ComplianceReportData &data, int maxPages, int totalPages, qreal scale = 0.5);
}
