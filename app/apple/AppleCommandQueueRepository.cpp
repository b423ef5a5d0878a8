#include "apple/AppleCommandQueueRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char *kColumns = "id, uuid, device_id, request_type, payload, priority, status, attempts, queued_by, queued_at, "
                       "sent_at, completed_at";

DeviceCommand commandFrom(const QSqlQuery &q)
{
    DeviceCommand c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.deviceId = q.value(2).toLongLong();
    c.requestType = q.value(3).toString();
    c.payload = q.value(4).toByteArray();
    c.priority = q.value(5).toInt();
    c.status = q.value(6).toString();
    c.attempts = q.value(7).toInt();
    c.queuedBy = q.value(8).toString();
    c.queuedAt = q.value(9).toLongLong();
    c.sentAt = q.value(10).toLongLong();
    c.completedAt = q.value(11).toLongLong();
    return c;
}

} // namespace

AppleCommandQueueRepository::AppleCommandQueueRepository(Database &db) : m_db(db) {}

std::optional<DeviceCommand> AppleCommandQueueRepository::next(qint64 deviceId, bool startOfSession) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Larger priority first (DeviceCommandService gives locks and wipes 10 and 20, routine work 0).
    q.prepare(QStringLiteral("SELECT %1 FROM commands WHERE device_id = ? AND status %2 "
                             "ORDER BY priority DESC, queued_at, id LIMIT 1")
                  .arg(QLatin1String(kColumns),
                       startOfSession ? QStringLiteral("IN ('queued', 'notnow', 'sent')") : QStringLiteral("= 'queued'")));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return commandFrom(q);
}

Status AppleCommandQueueRepository::markSent(qint64 commandId, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE commands SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ? "
                             "AND status IN ('queued', 'notnow', 'sent')"));
    q.addBindValue(now);
    q.addBindValue(commandId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    // Cancelled between the SELECT and here: the caller looks for the next one.
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorCode::Conflict, QStringLiteral("command %1 left the queue").arg(commandId));
    return Status::success();
}

std::optional<DeviceCommand> AppleCommandQueueRepository::findForDevice(const QString &uuid, qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM commands WHERE uuid = ? AND device_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(uuid);
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return commandFrom(q);
}

Status AppleCommandQueueRepository::complete(qint64 commandId, const QString &status, qint64 now)
{
    QSqlQuery q(m_db.connection());
    // NotNow keeps the command queued (as 'notnow') with no completion time.
    q.prepare(status == QLatin1String("notnow")
                  ? QStringLiteral("UPDATE commands SET status = ? WHERE id = ? AND status = 'sent'")
                  : QStringLiteral("UPDATE commands SET status = ?, completed_at = ? WHERE id = ? AND status = 'sent'"));
    q.addBindValue(status);
    if (status != QLatin1String("notnow"))
        q.addBindValue(now);
    q.addBindValue(commandId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorCode::NotFound, QStringLiteral("command %1 is not awaiting an answer").arg(commandId));
    return Status::success();
}

Status AppleCommandQueueRepository::addResult(qint64 commandId, const QString &status, const QByteArray &payload,
                                              const QString &errorChain, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO command_results (command_id, status, payload, error_chain, received_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(commandId);
    q.addBindValue(status);
    q.addBindValue(payload);
    q.addBindValue(errorChain.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(errorChain));
    q.addBindValue(now);
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}

QList<AppleCommandQueueRepository::Result> AppleCommandQueueRepository::results(qint64 commandId) const
{
    QList<Result> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT status, payload, error_chain, received_at FROM command_results WHERE command_id = ? "
                             "ORDER BY id"));
    q.addBindValue(commandId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}
