#include "shared/DeviceSessionRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace {

const char *kColumns = "id, device_id, user_name, source, started_at, ended_at, end_reason";

DeviceSession sessionFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toLongLong(), q.value(5).isNull() ? 0 : q.value(5).toLongLong(), q.value(6).toString()};
}

} // namespace

DeviceSessionRepository::DeviceSessionRepository(Database &db) : m_db(db) {}

Status DeviceSessionRepository::open(DeviceSession &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO device_sessions (device_id, user_name, source, started_at) VALUES (?, ?, ?, ?)") + m_db.returningId());
    q.addBindValue(s.deviceId);
    q.addBindValue(s.userName);
    q.addBindValue(s.source);
    q.addBindValue(s.startedAt);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    s.id = m_db.insertedId(q);
    return Status::success();
}

Status DeviceSessionRepository::closeOpen(qint64 deviceId, qint64 at, const QString &reason,
                                          std::optional<DeviceSession> *ended)
{
    std::optional<DeviceSession> current = openSession(deviceId);
    if (ended)
        *ended = current;
    if (!current)
        return Status::success();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE device_sessions SET ended_at = ?, end_reason = ? WHERE id = ?"));
    // A sign-out stamped before its sign-in (a device clock off by a little) ends the session at its start.
    q.addBindValue(qMax(at, current->startedAt));
    q.addBindValue(reason);
    q.addBindValue(current->id);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (ended) {
        (*ended)->endedAt = qMax(at, current->startedAt);
        (*ended)->endReason = reason;
    }
    return Status::success();
}

std::optional<DeviceSession> DeviceSessionRepository::openSession(qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM device_sessions WHERE device_id = ? AND ended_at IS NULL "
                             "ORDER BY started_at DESC, id DESC LIMIT 1").arg(QLatin1String(kColumns)));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

std::optional<DeviceSession> DeviceSessionRepository::at(qint64 deviceId, qint64 when) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM device_sessions WHERE device_id = ? AND started_at <= ? AND "
                             "(ended_at IS NULL OR ended_at >= ?) ORDER BY started_at DESC, id DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(deviceId);
    q.addBindValue(when);
    q.addBindValue(when);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

QList<DeviceSession> DeviceSessionRepository::list(qint64 deviceId, qint64 from, qint64 to, int limit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM device_sessions WHERE device_id = ?").arg(QLatin1String(kColumns));
    QVariantList binds{deviceId};
    if (from > 0) {
        sql += QStringLiteral(" AND (ended_at IS NULL OR ended_at >= ?)");
        binds << from;
    }
    if (to > 0) {
        sql += QStringLiteral(" AND started_at <= ?");
        binds << to;
    }
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ?");
    binds << limit;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<DeviceSession> out;
    if (q.exec())
        while (q.next())
            out.append(sessionFrom(q));
    return out;
}

std::optional<DeviceSession> DeviceSessionRepository::startedAt(qint64 deviceId, const QString &userName, qint64 startedAt) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM device_sessions WHERE device_id = ? AND user_name = ? AND started_at = ? "
                             "ORDER BY id DESC LIMIT 1").arg(QLatin1String(kColumns)));
    q.addBindValue(deviceId);
    q.addBindValue(userName);
    q.addBindValue(startedAt);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

std::optional<DeviceSession> DeviceSessionRepository::latest(qint64 deviceId) const
{
    const QList<DeviceSession> newest = list(deviceId, 0, 0, 1);
    return newest.isEmpty() ? std::nullopt : std::optional<DeviceSession>(newest.first());
}

QList<DeviceSession> DeviceSessionRepository::openSessions() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<DeviceSession> out;
    if (q.exec(QStringLiteral("SELECT %1 FROM device_sessions WHERE ended_at IS NULL ORDER BY started_at, id").arg(QLatin1String(kColumns))))
        while (q.next())
            out.append(sessionFrom(q));
    return out;
}
