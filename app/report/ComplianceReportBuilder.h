#pragma once

#include "core/Status.h"
#include "report/ComplianceReportData.h"
#include "report/ReportScope.h"
#include "security/Actor.h"

class Database;

// Gathers the report's data: evaluates the fleet (and stores today's snapshot), verifies the audit
// trail, reads policies, vendors, certificates and the period's activity. No RBAC here: the
// ReportService checks the permission before calling it.
class ComplianceReportBuilder
{
public:
    explicit ComplianceReportBuilder(Database &db);
    ComplianceReportData build(const Actor &preparedBy, const QDate &from, const QDate &to, qint64 nowSeconds) const;
    // The devices of `scope` only, judged as of the end of `asOf` (invalid: now). The fleet-wide trend
    // snapshot is stored only for a whole-fleet report as of now. NotFound / InvalidInput for a
    // scope that names no group or ownership.
    Status build(const Actor &preparedBy, const ReportScope &scope, const QDate &from, const QDate &asOf, qint64 nowSeconds,
                 ComplianceReportData *out) const;

private:
    Database &m_db;
};
