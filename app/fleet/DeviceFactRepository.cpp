#include "fleet/DeviceFactRepository.h"

#include "db/Database.h"
#include "fleet/DeviceFact.h"

#include <QSqlError>
#include <QSqlQuery>

DeviceFactRepository::DeviceFactRepository(Database &db) : m_db(db) {}

Status DeviceFactRepository::record(qint64 deviceId, const QHash<QString, QString> &facts, qint64 reportedAt)
{
    // Since when the device runs its OS version: set when the version first appears or changes, so
    // compliance can tell how long a release has been out in the fleet (an update deadline).
    if (const auto os = facts.constFind(DeviceFact::OsVersion); os != facts.cend() && !os->isEmpty()) {
        QSqlQuery since(m_db.connection());
        since.prepare(QStringLiteral("INSERT INTO device_facts (device_id, fact, value, reported_at) "
                                     "SELECT CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT) "
                                     "WHERE NOT EXISTS (SELECT 1 FROM device_facts WHERE device_id = ? AND fact = ? AND value = ?) "
                                     "ON CONFLICT (device_id, fact) DO UPDATE SET value = excluded.value, reported_at = excluded.reported_at"));
        for (const QVariant &v : QVariantList{deviceId, DeviceFact::OsVersionSince, QString::number(reportedAt), reportedAt, deviceId,
                                              DeviceFact::OsVersion, *os})
            since.addBindValue(v);
        if (!since.exec())
            return Status::failure(ErrorCode::Failure, since.lastError().text());
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO device_facts (device_id, fact, value, reported_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (device_id, fact) DO UPDATE SET value = excluded.value, "
                             "reported_at = excluded.reported_at"));
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        q.addBindValue(deviceId);
        q.addBindValue(it.key());
        q.addBindValue(it.value().isNull() ? QStringLiteral("") : it.value());
        q.addBindValue(reportedAt);
        if (!q.exec())
            return Status::failure(ErrorCode::Failure, q.lastError().text());
    }
    return Status::success();
}

QHash<QString, ReportedFact> DeviceFactRepository::facts(qint64 deviceId) const
{
    QHash<QString, ReportedFact> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT fact, value, reported_at FROM device_facts WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

Status DeviceFactRepository::forget(qint64 deviceId, const QStringList &facts)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM device_facts WHERE device_id = ? AND fact = ?"));
    for (const QString &fact : facts) {
        q.addBindValue(deviceId);
        q.addBindValue(fact);
        if (!q.exec())
            return Status::failure(ErrorCode::Failure, q.lastError().text());
    }
    return Status::success();
}
