#include "lost/LocationRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char kColumns[] = "id, device_id, command_uuid, latitude, longitude, horizontal_accuracy, vertical_accuracy, "
                        "altitude, speed, course, located_at, received_at";

DeviceLocation fromRow(const QSqlQuery &q)
{
    DeviceLocation l;
    l.id = q.value(0).toLongLong();
    l.deviceId = q.value(1).toLongLong();
    l.commandUuid = q.value(2).toString();
    l.latitude = q.value(3).toDouble();
    l.longitude = q.value(4).toDouble();
    l.horizontalAccuracy = q.value(5).toDouble();
    l.verticalAccuracy = q.value(6).toDouble();
    l.altitude = q.value(7).toDouble();
    l.speed = q.value(8).toDouble();
    l.course = q.value(9).toDouble();
    l.locatedAt = q.value(10).toLongLong();
    l.receivedAt = q.value(11).toLongLong();
    return l;
}

} // namespace

Status LocationRepository::record(DeviceLocation &l)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO device_locations (device_id, command_uuid, latitude, longitude, horizontal_accuracy, "
                             "vertical_accuracy, altitude, speed, course, located_at, received_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(l.deviceId);
    q.addBindValue(l.commandUuid.isNull() ? QStringLiteral("") : l.commandUuid);
    for (double v : {l.latitude, l.longitude, l.horizontalAccuracy, l.verticalAccuracy, l.altitude, l.speed, l.course})
        q.addBindValue(v);
    q.addBindValue(l.locatedAt);
    q.addBindValue(l.receivedAt);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    l.id = q.lastInsertId().toLongLong();
    // Everything but the newest few of this device goes.
    QSqlQuery prune(m_db.connection());
    prune.prepare(QStringLiteral("DELETE FROM device_locations WHERE device_id = ? AND id NOT IN "
                                 "(SELECT id FROM device_locations WHERE device_id = ? ORDER BY received_at DESC, id DESC LIMIT ?)"));
    prune.addBindValue(l.deviceId);
    prune.addBindValue(l.deviceId);
    prune.addBindValue(kKeptPerDevice);
    if (!prune.exec())
        return Status::failure(ErrorCode::Failure, prune.lastError().text());
    return Status::success();
}

std::optional<DeviceLocation> LocationRepository::latest(qint64 deviceId) const
{
    const QList<DeviceLocation> all = list(deviceId);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

QList<DeviceLocation> LocationRepository::list(qint64 deviceId) const
{
    QList<DeviceLocation> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM device_locations WHERE device_id = ? ORDER BY received_at DESC, id DESC")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(deviceId);
    if (!q.exec())
        return out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Status LocationRepository::removeAll(qint64 deviceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM device_locations WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}
