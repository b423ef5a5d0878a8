#include "android/AndroidCommandQueue.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

AndroidCommandQueue::AndroidCommandQueue(Database &db) : m_db(db) {}

std::optional<DeviceCommand> AndroidCommandQueue::next(qint64 deviceId, qint64 now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, uuid, request_type, payload, priority, status, attempts, queued_by, queued_at "
                             "FROM commands WHERE device_id = ? AND (status = 'queued' OR (status = 'notnow' AND "
                             "sent_at < ?)) ORDER BY priority DESC, queued_at, id LIMIT 1"));
    q.addBindValue(deviceId);
    q.addBindValue(now - NotNowRetrySeconds);
    if (!q.exec() || !q.next())
        return std::nullopt;
    DeviceCommand c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.deviceId = deviceId;
    c.requestType = q.value(2).toString();
    c.payload = q.value(3).toByteArray();
    c.priority = q.value(4).toInt();
    c.status = q.value(5).toString();
    c.attempts = q.value(6).toInt();
    c.queuedBy = q.value(7).toString();
    c.queuedAt = q.value(8).toLongLong();
    return c;
}

int AndroidCommandQueue::pendingCount(qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM commands WHERE device_id = ? AND status IN ('queued', 'notnow')"));
    q.addBindValue(deviceId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool AndroidCommandQueue::markSent(qint64 commandId, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE commands SET status = 'sent', sent_at = ?, attempts = attempts + 1 "
                             "WHERE id = ? AND status IN ('queued', 'notnow')"));
    q.addBindValue(now);
    q.addBindValue(commandId);
    return q.exec() && q.numRowsAffected() == 1;
}

Status AndroidCommandQueue::refuse(qint64 commandId, const QString &reason, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE commands SET status = 'error', completed_at = ? WHERE id = ? "
                             "AND status IN ('queued', 'notnow')"));
    q.addBindValue(now);
    q.addBindValue(commandId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO command_results (command_id, status, payload, error_chain, received_at) "
                             "VALUES (?, 'refused', NULL, ?, ?)"));
    q.addBindValue(commandId);
    q.addBindValue(reason);
    q.addBindValue(now);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}

bool AndroidCommandQueue::recordResult(qint64 commandId, const QString &status, const QByteArray &resultJson,
                                       const QString &error, qint64 now)
{
    QSqlQuery q(m_db.connection());
    // NOT_NOW keeps the command outstanding; sent_at restarts the retry delay.
    q.prepare(status == QLatin1String("notnow")
                  ? QStringLiteral("UPDATE commands SET status = ?, sent_at = ? WHERE id = ? AND status = 'sent'")
                  : QStringLiteral("UPDATE commands SET status = ?, completed_at = ? WHERE id = ? AND status = 'sent'"));
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(commandId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    q.prepare(QStringLiteral("INSERT INTO command_results (command_id, status, payload, error_chain, received_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(commandId);
    q.addBindValue(status);
    q.addBindValue(resultJson);
    q.addBindValue(error.isNull() ? QStringLiteral("") : error);
    q.addBindValue(now);
    return q.exec();
}
