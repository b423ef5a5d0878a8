#include "android/AndroidAgentRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

AndroidAgentRepository::AndroidAgentRepository(Database &db) : m_db(db) {}

Status AndroidAgentRepository::upsert(const AndroidAgent &a)
{
    return exec(QStringLiteral(
                    "INSERT INTO android_agents (device_id, cert_sha256, cert_not_after, enrollment_id, management_mode, "
                    "policy_version_sent, policy_version_applied, revoked, enrolled_at, last_checkin_at) "
                    "VALUES (?, ?, ?, ?, ?, '', '', 0, ?, NULL) ON CONFLICT (device_id) DO UPDATE SET "
                    "cert_sha256 = excluded.cert_sha256, cert_not_after = excluded.cert_not_after, "
                    "enrollment_id = excluded.enrollment_id, management_mode = excluded.management_mode, "
                    "policy_version_sent = '', policy_version_applied = '', revoked = 0, "
                    "enrolled_at = excluded.enrolled_at, last_checkin_at = NULL"),
                {a.deviceId, a.certSha256, a.certNotAfter,
                 a.enrollmentId > 0 ? QVariant(a.enrollmentId) : QVariant(QMetaType::fromType<qint64>()),
                 a.managementMode, a.enrolledAt});
}

std::optional<AndroidAgent> AndroidAgentRepository::select(const char *column, const QVariant &value) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT device_id, cert_sha256, cert_not_after, enrollment_id, management_mode, "
                             "policy_version_sent, policy_version_applied, revoked, enrolled_at, last_checkin_at "
                             "FROM android_agents WHERE %1 = ?").arg(QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AndroidAgent a;
    a.deviceId = q.value(0).toLongLong();
    a.certSha256 = q.value(1).toString();
    a.certNotAfter = q.value(2).toLongLong();
    a.enrollmentId = q.value(3).toLongLong();
    a.managementMode = q.value(4).toString();
    a.policyVersionSent = q.value(5).toString();
    a.policyVersionApplied = q.value(6).toString();
    a.revoked = q.value(7).toInt() != 0;
    a.enrolledAt = q.value(8).toLongLong();
    a.lastCheckInAt = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    return a;
}

std::optional<AndroidAgent> AndroidAgentRepository::findByCertificate(const QString &sha256Hex) const
{
    return select("cert_sha256", sha256Hex);
}

std::optional<AndroidAgent> AndroidAgentRepository::findByDevice(qint64 deviceId) const
{
    return select("device_id", deviceId);
}

std::optional<AndroidAgent> AndroidAgentRepository::findByEnrollment(qint64 enrollmentId) const
{
    return select("enrollment_id", enrollmentId);
}

Status AndroidAgentRepository::recordCheckIn(qint64 deviceId, const QString &managementMode, qint64 now)
{
    return exec(QStringLiteral("UPDATE android_agents SET last_checkin_at = ?, management_mode = ? WHERE device_id = ?"),
                {now, managementMode, deviceId});
}

Status AndroidAgentRepository::setPolicySent(qint64 deviceId, const QString &version)
{
    return exec(QStringLiteral("UPDATE android_agents SET policy_version_sent = ? WHERE device_id = ?"), {version, deviceId});
}

Status AndroidAgentRepository::setPolicyApplied(qint64 deviceId, const QString &version)
{
    return exec(QStringLiteral("UPDATE android_agents SET policy_version_applied = ? WHERE device_id = ?"),
                {version, deviceId});
}

Status AndroidAgentRepository::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}
