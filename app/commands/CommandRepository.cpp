#include "commands/CommandRepository.h"

#include "commands/CommandRow.h"
#include "db/Database.h"
#include "push/PushOutboxRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The column list every query here selects, in CommandRow's order.
const QString kColumns = CommandRow::columns();
DeviceCommand commandFrom(const QSqlQuery &q) { return CommandRow::from(q); }
} // namespace

CommandRepository::CommandRepository(Database &db) : m_db(db) {}

Status CommandRepository::enqueue(DeviceCommand &command)
{
    // The command and the wake that makes the device come for it commit together: a crash can lose
    // neither one without the other. Inside a caller's transaction, that one covers both.
    QSqlDatabase conn = m_db.connection();
    const bool ownTransaction = m_db.beginTransaction();
    const Status s = insert(command);
    if (!ownTransaction)
        return s;
    if (!s || !m_db.commitTransaction()) {
        m_db.rollbackTransaction();
        return s ? Status::failure(ErrorCode::Failure, conn.lastError().text()) : s;
    }
    return s;
}

Status CommandRepository::insert(DeviceCommand &command)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO commands (uuid, device_id, request_type, payload, priority, status, attempts, "
                             "queued_by, queued_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?)") + m_db.returningId());
    q.addBindValue(command.uuid);
    q.addBindValue(command.deviceId);
    q.addBindValue(command.requestType);
    q.addBindValue(command.payload);
    q.addBindValue(command.priority);
    q.addBindValue(command.queuedBy.isNull() ? QStringLiteral("") : command.queuedBy);
    q.addBindValue(command.queuedAt);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CommandRepository", "Cannot queue the command: %1").arg(m_lastError));
    }
    command.id = m_db.insertedId(q);
    command.status = QStringLiteral("queued");
    command.attempts = 0;
    if (Status s = PushOutboxRepository(m_db).enqueue(command.deviceId, QStringLiteral("command ") + command.uuid,
                                                     command.queuedAt);
        !s) {
        m_lastError = s.message();
        return s;
    }
    return Status::success();
}

std::optional<DeviceCommand> CommandRepository::findByUuid(const QString &uuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM commands WHERE uuid = ?").arg(kColumns));
    q.addBindValue(uuid);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return commandFrom(q);
}

QList<DeviceCommand> CommandRepository::list(qint64 deviceId, const QString &status, int limit) const
{
    QStringList where;
    if (deviceId > 0)
        where << QStringLiteral("device_id = ?");
    if (!status.isEmpty())
        where << QStringLiteral("status = ?");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM commands%2 ORDER BY queued_at DESC, id DESC LIMIT ?")
                  .arg(kColumns,
                       where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    if (deviceId > 0)
        q.addBindValue(deviceId);
    if (!status.isEmpty())
        q.addBindValue(status);
    q.addBindValue(limit);
    QList<DeviceCommand> result;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next())
        result << commandFrom(q);
    return result;
}

Status CommandRepository::cancel(const QString &uuid, qint64 nowSeconds)
{
    // One conditional UPDATE, so a delivery that takes the command at the same moment wins or loses
    // cleanly: never both.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE commands SET status = 'cancelled', completed_at = ? WHERE uuid = ? AND status = 'queued'"));
    q.addBindValue(nowSeconds);
    q.addBindValue(uuid);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CommandRepository", "Cannot cancel the command: %1").arg(m_lastError));
    }
    if (q.numRowsAffected() == 1)
        return Status::success();
    const std::optional<DeviceCommand> existing = findByUuid(uuid);
    if (!existing)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("CommandRepository", "No command %1.").arg(uuid));
    return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("CommandRepository", "Command %1 is %2 and can no longer be cancelled: only a queued "
                                                   "command that the device has not received can be.")
                                                    .arg(uuid, existing->status));
}

Status CommandRepository::cancelPending(qint64 deviceId, const QString &reason, qint64 nowSeconds, int *count)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO command_results (command_id, status, payload, error_chain, received_at) "
                             "SELECT id, 'cancelled', NULL, ?, ? FROM commands WHERE device_id = ? AND status IN ('queued', 'sent', 'notnow')"));
    q.addBindValue(reason);
    q.addBindValue(nowSeconds);
    q.addBindValue(deviceId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, m_lastError = q.lastError().text());
    q.prepare(QStringLiteral("UPDATE commands SET status = 'cancelled', completed_at = ? WHERE device_id = ? "
                             "AND status IN ('queued', 'sent', 'notnow')"));
    q.addBindValue(nowSeconds);
    q.addBindValue(deviceId);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, m_lastError = q.lastError().text());
    if (count)
        *count = q.numRowsAffected();
    return Status::success();
}

Status CommandRepository::setStatus(const QString &uuid, const QString &status, qint64 nowSeconds)
{
    QSqlQuery q(m_db.connection());
    const bool sent = status == QLatin1String("sent");
    q.prepare(sent ? QStringLiteral("UPDATE commands SET status = ?, sent_at = ?, attempts = attempts + 1 WHERE uuid = ?")
                   : QStringLiteral("UPDATE commands SET status = ?, completed_at = ? WHERE uuid = ?"));
    q.addBindValue(status);
    q.addBindValue(nowSeconds);
    q.addBindValue(uuid);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CommandRepository", "Cannot update the command: %1").arg(m_lastError));
    }
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("CommandRepository", "No command %1.").arg(uuid));
    return Status::success();
}
