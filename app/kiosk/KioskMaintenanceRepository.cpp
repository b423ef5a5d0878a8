#include "kiosk/KioskMaintenanceRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

KioskMaintenanceRepository::KioskMaintenanceRepository(Database &db) : m_db(db) {}

Status KioskMaintenanceRepository::open(KioskMaintenanceWindow &w)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO kiosk_maintenance (device_id, policy_id, reason, started_by, started_at, ends_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(w.deviceId);
    q.addBindValue(w.policyId);
    q.addBindValue(w.reason);
    q.addBindValue(w.startedBy);
    q.addBindValue(w.startedAt);
    q.addBindValue(w.endsAt);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    w.id = q.lastInsertId().toLongLong();
    return Status::success();
}

Status KioskMaintenanceRepository::close(qint64 windowId, qint64 at, const QString &by)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE kiosk_maintenance SET resumed_at = ?, resumed_by = ? WHERE id = ? AND resumed_at IS NULL"));
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(windowId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorCode::Conflict, QStringLiteral("maintenance window %1 is already closed").arg(windowId));
    return Status::success();
}

QList<KioskMaintenanceWindow> KioskMaintenanceRepository::select(const QString &where, const QVariantList &values) const
{
    QList<KioskMaintenanceWindow> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, device_id, policy_id, reason, started_by, started_at, ends_at, resumed_at, resumed_by "
                             "FROM kiosk_maintenance ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                    q.value(7).isNull() ? 0 : q.value(7).toLongLong(), q.value(8).toString()});
    return out;
}

std::optional<KioskMaintenanceWindow> KioskMaintenanceRepository::openWindow(qint64 deviceId) const
{
    const QList<KioskMaintenanceWindow> rows =
        select(QStringLiteral("WHERE device_id = ? AND resumed_at IS NULL ORDER BY id DESC LIMIT 1"), {deviceId});
    return rows.isEmpty() ? std::nullopt : std::optional<KioskMaintenanceWindow>(rows.first());
}

QList<KioskMaintenanceWindow> KioskMaintenanceRepository::openWindows() const
{
    return select(QStringLiteral("WHERE resumed_at IS NULL ORDER BY ends_at, id"), {});
}

QList<KioskMaintenanceWindow> KioskMaintenanceRepository::dueWindows(qint64 now) const
{
    return select(QStringLiteral("WHERE resumed_at IS NULL AND ends_at <= ? ORDER BY ends_at, id"), {now});
}

QSet<qint64> KioskMaintenanceRepository::devicesInMaintenance() const
{
    QSet<qint64> out;
    for (const KioskMaintenanceWindow &w : openWindows())
        out.insert(w.deviceId);
    return out;
}

QList<KioskMaintenanceWindow> KioskMaintenanceRepository::history(qint64 deviceId) const
{
    return select(QStringLiteral("WHERE device_id = ? ORDER BY started_at DESC, id DESC"), {deviceId});
}
