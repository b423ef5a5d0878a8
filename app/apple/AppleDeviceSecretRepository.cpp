#include "apple/AppleDeviceSecretRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

AppleDeviceSecretRepository::AppleDeviceSecretRepository(Database &db) : m_db(db) {}

Status AppleDeviceSecretRepository::setUnlockToken(qint64 deviceId, const QByteArray &sealed, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO apple_device_secrets (device_id, unlock_token, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (device_id) DO UPDATE SET unlock_token = excluded.unlock_token, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(deviceId);
    q.addBindValue(sealed);
    q.addBindValue(now);
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}

Status AppleDeviceSecretRepository::remove(qint64 deviceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM apple_device_secrets WHERE device_id = ?"));
    q.addBindValue(deviceId);
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}

std::optional<QByteArray> AppleDeviceSecretRepository::unlockToken(qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT unlock_token FROM apple_device_secrets WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toByteArray();
}
