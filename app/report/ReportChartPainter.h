#pragma once

#include "compliance/ComplianceSnapshot.h"
#include "compliance/FleetCompliance.h"
#include "compliance/FleetStatistics.h"

#include <QRectF>

class QPainter;

// The dashboard's charts drawn with QPainter, for the PDF: vector output, no widgets and no Qt
// Charts in the engine (the console's dashboard uses Qt Charts on screen; the report draws the
// same numbers itself so it also works from the headless command line).
namespace ReportChartPainter {
// One horizontal stacked bar per safeguard: compliant / non-compliant / unknown.
void complianceBySafeguard(QPainter &p, const QRectF &rect, const FleetCompliance &fleet);
// Simple vertical bars with values on top.
void bars(QPainter &p, const QRectF &rect, const QString &title, const FleetStatistics::Counts &counts, const QColor &color);
// Percentage of devices compliant with every per-device safeguard, per day (line per safeguard).
void trend(QPainter &p, const QRectF &rect, const QList<ComplianceSnapshot> &snapshots);
}
