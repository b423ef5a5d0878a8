#include "policy/PolicyRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
QString text(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject object(const QString &t) { return QJsonDocument::fromJson(t.toUtf8()).object(); }
Status failed(const QSqlQuery &q) { return Status::failure(ErrorCode::Failure, q.lastError().text()); }
} // namespace

PolicyRepository::PolicyRepository(Database &db) : m_db(db) {}

Status PolicyRepository::insert(PolicyRecord &p, const QString &createdBy, qint64 now)
{
    if (findByName(p.name))
        return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("PolicyRepository", "A policy named %1 already exists.").arg(p.name));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO policies (name, platform, ownership, baseline, version, body, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, 1, ?, ?, ?)") + m_db.returningId());
    q.addBindValue(p.name);
    q.addBindValue(p.platform);
    q.addBindValue(DeviceTypes::toDb(p.ownership));
    q.addBindValue(p.baseline.isNull() ? QStringLiteral("") : p.baseline);
    q.addBindValue(text(p.body));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    p.id = m_db.insertedId(q);
    p.version = 1;
    p.createdAt = p.updatedAt = now;
    QSqlQuery v(m_db.connection());
    v.prepare(QStringLiteral("INSERT INTO policy_versions (policy_id, version, body, created_by, created_at) VALUES (?, 1, ?, ?, ?)"));
    v.addBindValue(p.id);
    v.addBindValue(text(p.body));
    v.addBindValue(createdBy);
    v.addBindValue(now);
    return v.exec() ? Status::success() : failed(v);
}

Status PolicyRepository::saveVersion(PolicyRecord &p, const QJsonObject &body, const QString &createdBy, qint64 now)
{
    const int next = p.version + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE policies SET version = ?, body = ?, updated_at = ? WHERE id = ? AND version = ?"));
    q.addBindValue(next);
    q.addBindValue(text(body));
    q.addBindValue(now);
    q.addBindValue(p.id);
    q.addBindValue(p.version);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorCode::Conflict,
                               QCoreApplication::translate("PolicyRepository", "Policy %1 was changed meanwhile; reload it.").arg(p.name));
    QSqlQuery v(m_db.connection());
    v.prepare(QStringLiteral("INSERT INTO policy_versions (policy_id, version, body, created_by, created_at) VALUES (?, ?, ?, ?, ?)"));
    v.addBindValue(p.id);
    v.addBindValue(next);
    v.addBindValue(text(body));
    v.addBindValue(createdBy);
    v.addBindValue(now);
    if (!v.exec())
        return failed(v);
    p.version = next;
    p.body = body;
    p.updatedAt = now;
    return Status::success();
}

QList<PolicyRecord> PolicyRepository::select(const QString &where, const QVariantList &values) const
{
    QList<PolicyRecord> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, platform, ownership, baseline, version, body, created_at, updated_at FROM policies ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        PolicyRecord p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.platform = q.value(2).toString();
        p.ownership = DeviceTypes::ownershipFromDb(q.value(3).toString()).value_or(Ownership::COPE);
        p.baseline = q.value(4).toString();
        p.version = q.value(5).toInt();
        p.body = object(q.value(6).toString());
        p.createdAt = q.value(7).toLongLong();
        p.updatedAt = q.value(8).toLongLong();
        out << p;
    }
    return out;
}

std::optional<PolicyRecord> PolicyRepository::findById(qint64 id) const
{
    const QList<PolicyRecord> l = select(QStringLiteral("WHERE id = ?"), {id});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

std::optional<PolicyRecord> PolicyRepository::findByName(const QString &name) const
{
    const QList<PolicyRecord> l = select(QStringLiteral("WHERE name = ?"), {name});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

QList<PolicyRecord> PolicyRepository::list() const { return select(QStringLiteral("ORDER BY name"), {}); }

QList<PolicyVersionRecord> PolicyRepository::versions(qint64 policyId) const
{
    QList<PolicyVersionRecord> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, body, created_by, created_at FROM policy_versions WHERE policy_id = ? ORDER BY version DESC"));
    q.addBindValue(policyId);
    if (q.exec())
        while (q.next())
            out << PolicyVersionRecord{q.value(0).toInt(), object(q.value(1).toString()), q.value(2).toString(), q.value(3).toLongLong()};
    return out;
}

std::optional<PolicyVersionRecord> PolicyRepository::version(qint64 policyId, int version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, body, created_by, created_at FROM policy_versions WHERE policy_id = ? AND version = ?"));
    q.addBindValue(policyId);
    q.addBindValue(version);
    if (q.exec() && q.next())
        return PolicyVersionRecord{q.value(0).toInt(), object(q.value(1).toString()), q.value(2).toString(), q.value(3).toLongLong()};
    return std::nullopt;
}

Status PolicyRepository::assignGroup(qint64 policyId, qint64 groupId, qint64 now)
{
    QSqlQuery d(m_db.connection());
    d.prepare(QStringLiteral("DELETE FROM policy_assignments WHERE group_id = ?"));
    d.addBindValue(groupId);
    if (!d.exec())
        return failed(d);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO policy_assignments (policy_id, group_id, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(policyId);
    q.addBindValue(groupId);
    q.addBindValue(now);
    return q.exec() ? Status::success() : failed(q);
}

Status PolicyRepository::assignDevice(qint64 policyId, qint64 deviceId, qint64 now)
{
    QSqlQuery d(m_db.connection());
    d.prepare(QStringLiteral("DELETE FROM policy_assignments WHERE device_id = ?"));
    d.addBindValue(deviceId);
    if (!d.exec())
        return failed(d);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO policy_assignments (policy_id, device_id, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(policyId);
    q.addBindValue(deviceId);
    q.addBindValue(now);
    return q.exec() ? Status::success() : failed(q);
}

QList<PolicyAssignmentRecord> PolicyRepository::assignments(qint64 policyId) const
{
    QList<PolicyAssignmentRecord> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.policy_id, COALESCE(a.group_id, 0), COALESCE(a.device_id, 0), "
                             "COALESCE(g.name, d.name, ''), a.created_at FROM policy_assignments a "
                             "LEFT JOIN device_groups g ON g.id = a.group_id LEFT JOIN devices d ON d.id = a.device_id "
                             "WHERE a.policy_id = ? ORDER BY a.id"));
    q.addBindValue(policyId);
    if (q.exec())
        while (q.next())
            out << PolicyAssignmentRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                          q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong()};
    return out;
}

QHash<qint64, qint64> PolicyRepository::effectivePolicies() const
{
    QHash<qint64, qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Rows come group assignments first, then direct ones, each oldest first: later rows overwrite.
    if (!q.exec(QStringLiteral("SELECT m.device_id, a.policy_id, 0 AS direct, a.id FROM policy_assignments a "
                               "JOIN group_members m ON m.group_id = a.group_id "
                               "UNION ALL SELECT device_id, policy_id, 1 AS direct, id FROM policy_assignments WHERE device_id IS NOT NULL "
                               "ORDER BY 3, 4")))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

QList<qint64> PolicyRepository::devicesOf(qint64 policyId) const
{
    QList<qint64> out;
    const QHash<qint64, qint64> all = effectivePolicies();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it.value() == policyId)
            out << it.key();
    std::sort(out.begin(), out.end());
    return out;
}

QList<PolicyRepository::Target> PolicyRepository::deliveryTargets(qint64 policyId) const
{
    QList<Target> out;
    const QHash<qint64, qint64> all = effectivePolicies();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, platform, ownership FROM devices WHERE enrollment_state IN ('enrolled','unreachable') ORDER BY id")))
        return out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (all.value(id) != policyId)
            continue;
        out << Target{id, DeviceTypes::platformFromDb(q.value(1).toString()).value_or(Platform::iOS),
                      DeviceTypes::ownershipFromDb(q.value(2).toString()).value_or(Ownership::COPE)};
    }
    return out;
}
