#include "fleet/DeviceGroupRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

DeviceGroupRepository::DeviceGroupRepository(Database &db) : m_db(db) {}

Status DeviceGroupRepository::create(DeviceGroup &group, qint64 nowSeconds)
{
    if (group.name.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("DeviceGroupRepository", "A group needs a name."));
    if (findByName(group.name.trimmed()))
        return Status::failure(ErrorCode::Conflict,
                               QCoreApplication::translate("DeviceGroupRepository", "A group named %1 already exists.").arg(group.name.trimmed()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO device_groups (name, description, created_at) VALUES (?, ?, ?)") + m_db.returningId());
    q.addBindValue(group.name.trimmed());
    q.addBindValue(group.description.isNull() ? QStringLiteral("") : group.description);
    q.addBindValue(nowSeconds);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    group.id = m_db.insertedId(q);
    group.name = group.name.trimmed();
    return Status::success();
}

namespace {
const char *kSelect = "SELECT g.id, g.name, g.description, (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id) "
                      "FROM device_groups g ";
DeviceGroup groupFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
}
} // namespace

std::optional<DeviceGroup> DeviceGroupRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE g.name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return groupFrom(q);
    return std::nullopt;
}

std::optional<DeviceGroup> DeviceGroupRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE g.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return groupFrom(q);
    return std::nullopt;
}

QList<DeviceGroup> DeviceGroupRepository::list() const
{
    QList<DeviceGroup> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QLatin1String(kSelect) + QStringLiteral("ORDER BY g.name")))
        while (q.next())
            out << groupFrom(q);
    return out;
}

Status DeviceGroupRepository::addDevices(qint64 groupId, const QList<qint64> &deviceIds, int *added)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO group_members (group_id, device_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    int count = 0;
    for (qint64 id : deviceIds) {
        q.addBindValue(groupId);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(ErrorCode::Failure, q.lastError().text());
        count += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (added)
        *added = count;
    return Status::success();
}

Status DeviceGroupRepository::addMatching(qint64 groupId, const DeviceGroupRule &rule, int *added)
{
    QSqlQuery q(m_db.connection());
    // "WHERE" before ON CONFLICT keeps SQLite's parser from reading it as a join constraint.
    q.prepare(QStringLiteral("INSERT INTO group_members (group_id, device_id) SELECT ?, id FROM devices "
                             "WHERE (? = '' OR ownership = ?) AND (? = '' OR department = ?) AND (? = '' OR platform = ?) "
                             "ON CONFLICT DO NOTHING"));
    const QString o = rule.ownership ? DeviceTypes::toDb(*rule.ownership) : QStringLiteral("");
    const QString d = rule.department.isNull() ? QStringLiteral("") : rule.department;
    const QString p = rule.platform ? DeviceTypes::toDb(*rule.platform) : QStringLiteral("");
    q.addBindValue(groupId);
    for (const QString &v : {o, d, p}) {
        q.addBindValue(v);
        q.addBindValue(v);
    }
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (added)
        *added = q.numRowsAffected();
    return Status::success();
}

Status DeviceGroupRepository::removeDevices(qint64 groupId, const QList<qint64> &deviceIds, QList<qint64> *removed)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND device_id = ?"));
    for (qint64 id : deviceIds) {
        q.addBindValue(groupId);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(ErrorCode::Failure, q.lastError().text());
        if (removed && q.numRowsAffected() > 0)
            *removed << id;
    }
    return Status::success();
}

QList<qint64> DeviceGroupRepository::members(qint64 groupId) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT device_id FROM group_members WHERE group_id = ? ORDER BY device_id"));
    q.addBindValue(groupId);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}
