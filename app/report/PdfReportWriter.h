#pragma once

#include "core/Status.h"
#include "report/ComplianceReportData.h"

// Writes the compliance report as a PDF (QPdfWriter + QPainter, A4): cover, executive summary with
// the dashboard's charts (drawn by ReportChartPainter), one table per safeguard, non-compliant and
// unknown devices, policies and addressable decisions, audit verification, vendor/BAA register,
// certificates and the per-device appendix. Needs a QGuiApplication (fonts); the command line
// starts one on the offscreen platform for this.
namespace PdfReportWriter {
Status write(const ComplianceReportData &data, const QString &path);
}
