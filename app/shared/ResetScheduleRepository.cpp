#include "shared/ResetScheduleRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace {

QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }

Status exec(QSqlQuery &q)
{
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}

} // namespace

Status ResetScheduleRepository::insert(ResetSchedule &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reset_schedules (device_id, group_id, days_mask, local_time, enabled, created_by, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(s.deviceId));
    q.addBindValue(idOrNull(s.groupId));
    q.addBindValue(s.daysMask);
    q.addBindValue(s.localTime);
    q.addBindValue(s.enabled ? 1 : 0);
    q.addBindValue(s.createdBy);
    q.addBindValue(s.createdAt);
    q.addBindValue(s.updatedAt);
    if (Status st = exec(q); !st)
        return st;
    s.id = q.lastInsertId().toLongLong();
    return Status::success();
}

Status ResetScheduleRepository::update(const ResetSchedule &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reset_schedules SET days_mask = ?, local_time = ?, enabled = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(s.daysMask);
    q.addBindValue(s.localTime);
    q.addBindValue(s.enabled ? 1 : 0);
    q.addBindValue(s.updatedAt);
    q.addBindValue(s.id);
    return exec(q);
}

Status ResetScheduleRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM reset_schedules WHERE id = ?"));
    q.addBindValue(id);
    if (Status st = exec(q); !st)
        return st;
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorCode::NotFound,
                               QCoreApplication::translate("ResetScheduleRepository", "No reset schedule %1.").arg(id));
    return Status::success();
}

Status ResetScheduleRepository::markRun(qint64 id, qint64 at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reset_schedules SET last_run_at = ? WHERE id = ?"));
    q.addBindValue(at);
    q.addBindValue(id);
    return exec(q);
}

QList<ResetSchedule> ResetScheduleRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.device_id, s.group_id, s.days_mask, s.local_time, s.enabled, s.last_run_at, "
                             "s.created_by, s.created_at, s.updated_at, COALESCE(d.name, g.name, '') "
                             "FROM reset_schedules s LEFT JOIN devices d ON d.id = s.device_id "
                             "LEFT JOIN device_groups g ON g.id = s.group_id %1 "
                             "ORDER BY COALESCE(d.name, g.name, ''), s.local_time, s.id")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<ResetSchedule> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ResetSchedule s;
        s.id = q.value(0).toLongLong();
        s.deviceId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        s.groupId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        s.daysMask = q.value(3).toInt();
        s.localTime = q.value(4).toString();
        s.enabled = q.value(5).toInt() != 0;
        s.lastRunAt = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
        s.createdBy = q.value(7).toString();
        s.createdAt = q.value(8).toLongLong();
        s.updatedAt = q.value(9).toLongLong();
        s.targetName = q.value(10).toString();
        out.append(s);
    }
    return out;
}

std::optional<ResetSchedule> ResetScheduleRepository::findById(qint64 id) const
{
    const QList<ResetSchedule> found = select(QStringLiteral("WHERE s.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<ResetSchedule>(found.first());
}

std::optional<ResetSchedule> ResetScheduleRepository::find(qint64 deviceId, qint64 groupId, const QString &localTime) const
{
    const QList<ResetSchedule> found =
        deviceId > 0 ? select(QStringLiteral("WHERE s.device_id = ? AND s.local_time = ?"), {deviceId, localTime})
                     : select(QStringLiteral("WHERE s.group_id = ? AND s.local_time = ?"), {groupId, localTime});
    return found.isEmpty() ? std::nullopt : std::optional<ResetSchedule>(found.first());
}

QList<ResetSchedule> ResetScheduleRepository::list() const { return select({}, {}); }

QList<ResetSchedule> ResetScheduleRepository::forDevice(qint64 deviceId) const
{
    return select(QStringLiteral("WHERE s.device_id = ? OR s.group_id IN (SELECT group_id FROM group_members WHERE device_id = ?)"),
                  {deviceId, deviceId});
}
