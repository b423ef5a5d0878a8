#include "fleet/DeviceAppRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

DeviceAppRepository::DeviceAppRepository(Database &db) : m_db(db) {}

Status DeviceAppRepository::replace(qint64 deviceId, const QList<DeviceApp> &apps, qint64 reportedAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM device_apps WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO device_apps (device_id, identifier, name, version, managed, reported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, identifier) DO NOTHING"));
    for (const DeviceApp &a : apps) {
        q.addBindValue(deviceId);
        q.addBindValue(a.identifier);
        q.addBindValue(a.name.isNull() ? QStringLiteral("") : a.name);
        q.addBindValue(a.version.isNull() ? QStringLiteral("") : a.version);
        q.addBindValue(a.managed ? 1 : 0);
        q.addBindValue(reportedAt);
        if (!q.exec())
            return Status::failure(ErrorCode::Failure, q.lastError().text());
    }
    return Status::success();
}

Status DeviceAppRepository::replaceSome(qint64 deviceId, const QStringList &identifiers, const QList<DeviceApp> &apps,
                                        qint64 reportedAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM device_apps WHERE device_id = ? AND identifier = ?"));
    for (const QString &identifier : identifiers) {
        q.addBindValue(deviceId);
        q.addBindValue(identifier);
        if (!q.exec())
            return Status::failure(ErrorCode::Failure, q.lastError().text());
    }
    q.prepare(QStringLiteral("INSERT INTO device_apps (device_id, identifier, name, version, managed, reported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, identifier) DO UPDATE SET name = excluded.name, "
                             "version = excluded.version, managed = excluded.managed, reported_at = excluded.reported_at"));
    for (const DeviceApp &a : apps) {
        if (!identifiers.contains(a.identifier))
            continue; // an answer may only speak of the apps it was asked about
        q.addBindValue(deviceId);
        q.addBindValue(a.identifier);
        q.addBindValue(a.name.isNull() ? QStringLiteral("") : a.name);
        q.addBindValue(a.version.isNull() ? QStringLiteral("") : a.version);
        q.addBindValue(a.managed ? 1 : 0);
        q.addBindValue(reportedAt);
        if (!q.exec())
            return Status::failure(ErrorCode::Failure, q.lastError().text());
    }
    return Status::success();
}

QList<DeviceApp> DeviceAppRepository::apps(qint64 deviceId) const
{
    QList<DeviceApp> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT identifier, name, version, managed, reported_at FROM device_apps "
                             "WHERE device_id = ? ORDER BY name, identifier"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0,
                    q.value(4).toLongLong()});
    return out;
}
