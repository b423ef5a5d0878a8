#include "push/PushDeliveryRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

PushDeliveryRepository::PushDeliveryRepository(Database &db) : m_db(db) {}

Status PushDeliveryRepository::record(const PushDelivery &d)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO push_delivery (device_id, last_push_at, result, reason, attempts) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
                             "last_push_at = excluded.last_push_at, result = excluded.result, "
                             "reason = excluded.reason, attempts = excluded.attempts"));
    q.addBindValue(d.deviceId);
    q.addBindValue(d.lastPushAt);
    q.addBindValue(d.result);
    q.addBindValue(d.reason.isNull() ? QStringLiteral("") : d.reason);
    q.addBindValue(d.attempts);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}

std::optional<PushDelivery> PushDeliveryRepository::find(qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT last_push_at, result, reason, attempts FROM push_delivery WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PushDelivery d;
    d.deviceId = deviceId;
    d.lastPushAt = q.value(0).toLongLong();
    d.result = q.value(1).toString();
    d.reason = q.value(2).toString();
    d.attempts = q.value(3).toInt();
    return d;
}
