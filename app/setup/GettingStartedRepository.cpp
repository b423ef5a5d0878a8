#include "setup/GettingStartedRepository.h"

#include "db/Database.h"

#include <QSqlQuery>

GettingStartedRepository::GettingStartedRepository(Database &db) : m_db(db) {}

bool GettingStartedRepository::exists(const char *sql) const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QString::fromLatin1(sql)) && q.next();
}

bool GettingStartedRepository::hasEnrolledDevice() const
{
    return exists("SELECT 1 FROM enrollments WHERE state = 'used' AND device_id IS NOT NULL LIMIT 1")
           || exists("SELECT 1 FROM android_agents LIMIT 1");
}

bool GettingStartedRepository::hasPolicyAssignment() const { return exists("SELECT 1 FROM policy_assignments LIMIT 1"); }

bool GettingStartedRepository::hasExportedReport() const
{
    return exists("SELECT 1 FROM audit_events WHERE action = 'report.export' AND outcome = 'success' LIMIT 1");
}
