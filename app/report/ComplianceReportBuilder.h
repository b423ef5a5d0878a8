#pragma once

#include "report/ComplianceReportData.h"
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

private:
    Database &m_db;
};
