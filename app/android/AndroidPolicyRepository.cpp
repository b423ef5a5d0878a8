#include "android/AndroidPolicyRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

AndroidPolicyRepository::AndroidPolicyRepository(Database &db) : m_db(db) {}

QList<AndroidPolicyRepository::Row> AndroidPolicyRepository::select(const QString &sql, const QVariantList &values) const
{
    QList<Row> out;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return out;
}

std::optional<AndroidPolicyRepository::Row> AndroidPolicyRepository::assignedTo(qint64 deviceId) const
{
    const QList<Row> rows = select(
        QStringLiteral("SELECT p.id, p.name, p.version, p.body FROM policy_assignments a JOIN policies p ON p.id = a.policy_id "
                       "WHERE p.platform IN ('android', 'any') AND (a.device_id = ? OR a.group_id IN "
                       "(SELECT group_id FROM group_members WHERE device_id = ?)) "
                       "ORDER BY CASE WHEN a.device_id IS NULL THEN 1 ELSE 0 END, a.id DESC LIMIT 1"),
        {deviceId, deviceId});
    return rows.isEmpty() ? std::nullopt : std::optional<Row>(rows.first());
}

std::optional<AndroidPolicyRepository::Row> AndroidPolicyRepository::find(qint64 policyId) const
{
    const QList<Row> rows = select(QStringLiteral("SELECT id, name, version, body FROM policies WHERE id = ? AND "
                                                  "platform IN ('android', 'any')"), {policyId});
    return rows.isEmpty() ? std::nullopt : std::optional<Row>(rows.first());
}

std::optional<AndroidPolicyRepository::Row> AndroidPolicyRepository::findByName(const QString &name) const
{
    const QList<Row> rows = select(QStringLiteral("SELECT id, name, version, body FROM policies WHERE name = ? AND "
                                                  "platform IN ('android', 'any')"), {name});
    return rows.isEmpty() ? std::nullopt : std::optional<Row>(rows.first());
}

QList<AndroidPolicyRepository::Row> AndroidPolicyRepository::androidPolicies() const
{
    return select(QStringLiteral("SELECT id, name, version, body FROM policies WHERE platform IN ('android', 'any') "
                                 "ORDER BY name"), {});
}

Status AndroidPolicyRepository::assign(qint64 policyId, qint64 deviceId, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM policy_assignments WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO policy_assignments (policy_id, device_id, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(policyId);
    q.addBindValue(deviceId);
    q.addBindValue(now);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}
