#include "report/ReportEvidenceRepository.h"

#include "db/Database.h"

#include <QSqlQuery>

ReportEvidenceRepository::ReportEvidenceRepository(Database &db) : m_db(db) {}

void ReportEvidenceRepository::adminCounts(int *active, int *withMfa) const
{
    QSqlQuery q(m_db.connection());
    *active = *withMfa = 0;
    if (q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN mfa_enabled <> 0 THEN 1 ELSE 0 END), 0) FROM admin_users WHERE disabled = 0"))
        && q.next()) {
        *active = q.value(0).toInt();
        *withMfa = q.value(1).toInt();
    }
}

int ReportEvidenceRepository::devicesWithIdentityCertificate() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(DISTINCT device_id) FROM enrollments WHERE device_id IS NOT NULL "
                              "AND identity_cert_sha256 IS NOT NULL AND identity_cert_sha256 <> ''")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QMap<QString, int> ReportEvidenceRepository::auditActions(qint64 from, qint64 to) const
{
    QMap<QString, int> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT action, COUNT(*) FROM audit_events WHERE occurred_at >= ? AND occurred_at <= ? GROUP BY action"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}
