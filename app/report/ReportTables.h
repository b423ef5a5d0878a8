#pragma once

#include "report/ComplianceReportData.h"
#include "report/ReportTable.h"

// The report's tables from its data, in print order: executive summary, one table per safeguard,
// non-compliant devices with reasons, devices with unknown state, policies, addressable decisions,
// audit trail verification, vendor / BAA register, certificates, and the per-device appendix.
namespace ReportTables {
QList<ReportTable> build(const ComplianceReportData &data);
QString stateMark(ComplianceState s); // "OK", "FAIL", "?"
QString date(qint64 epochSeconds);    // "2026-11-28"
}
