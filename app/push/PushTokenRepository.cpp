#include "push/PushTokenRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

PushTokenRepository::PushTokenRepository(Database &db) : m_db(db) {}

QString PushTokenRepository::serviceName(PushToken::Service s)
{
    return s == PushToken::Service::Fcm ? QStringLiteral("fcm") : QStringLiteral("apns");
}

Status PushTokenRepository::upsert(const PushToken &t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO push_tokens (device_id, service, token, push_magic, topic, state, state_reason, state_changed_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, 'active', '', NULL, ?) ON CONFLICT (device_id) DO UPDATE SET "
        "service = excluded.service, token = excluded.token, push_magic = excluded.push_magic, topic = excluded.topic, "
        "state = 'active', state_reason = '', state_changed_at = NULL, updated_at = excluded.updated_at"));
    q.addBindValue(t.deviceId);
    q.addBindValue(serviceName(t.service));
    q.addBindValue(t.token);
    q.addBindValue(t.pushMagic.isNull() ? QStringLiteral("") : t.pushMagic);
    q.addBindValue(t.topic.isNull() ? QStringLiteral("") : t.topic);
    q.addBindValue(t.updatedAt);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}

std::optional<PushToken> PushTokenRepository::find(qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT service, token, push_magic, topic, state, state_reason, state_changed_at, "
                             "updated_at FROM push_tokens WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PushToken t;
    t.deviceId = deviceId;
    t.service = q.value(0).toString() == QLatin1String("fcm") ? PushToken::Service::Fcm : PushToken::Service::Apns;
    t.token = q.value(1).toString();
    t.pushMagic = q.value(2).toString();
    t.topic = q.value(3).toString();
    t.state = q.value(4).toString();
    t.stateReason = q.value(5).toString();
    t.stateChangedAt = q.value(6).toLongLong();
    t.updatedAt = q.value(7).toLongLong();
    return t;
}

Status PushTokenRepository::setState(qint64 deviceId, const QString &state, const QString &reason, qint64 when)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE push_tokens SET state = ?, state_reason = ?, state_changed_at = ? "
                             "WHERE device_id = ?"));
    q.addBindValue(state);
    q.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
    q.addBindValue(when);
    q.addBindValue(deviceId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorCode::NotFound, QStringLiteral("no push token for device %1").arg(deviceId));
    return Status::success();
}

Status PushTokenRepository::remove(qint64 deviceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM push_tokens WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}
