#include "fleet/DeviceIdentityRepository.h"

#include "db/Database.h"

#include <QSqlQuery>

QStringList DeviceIdentityRepository::liveIdentities(qint64 deviceId, qint64 now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT cert_sha256 FROM apple_identities WHERE device_id = ? AND state = 'bound' AND not_after >= ? "
                             "UNION SELECT a.cert_sha256 FROM android_agents a JOIN devices d ON d.id = a.device_id "
                             "WHERE a.device_id = ? AND a.revoked = 0 AND a.cert_not_after >= ? "
                             "AND d.enrollment_state NOT IN ('unenrolled', 'wiped') ORDER BY 1"));
    q.addBindValue(deviceId);
    q.addBindValue(now);
    q.addBindValue(deviceId);
    q.addBindValue(now);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool DeviceIdentityRepository::everBound(qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM apple_identities WHERE device_id = ? AND state <> 'issued' "
                             "UNION SELECT 1 FROM android_agents WHERE device_id = ? "
                             "UNION SELECT 1 FROM enrollments WHERE device_id = ? AND state = 'used'"));
    q.addBindValue(deviceId);
    q.addBindValue(deviceId);
    q.addBindValue(deviceId);
    // A failed query counts as bound: refusing a claim is the safe side.
    return !q.exec() || q.next();
}
