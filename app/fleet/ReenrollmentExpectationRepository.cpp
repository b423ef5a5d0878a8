#include "fleet/ReenrollmentExpectationRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

Status ReenrollmentExpectationRepository::create(ReenrollmentExpectation &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reenrollment_expectations (device_id, created_by, created_at, expires_at, consumed_at, "
                             "consumed_by) VALUES (?, ?, ?, ?, NULL, '')") + m_db.returningId());
    q.addBindValue(e.deviceId);
    q.addBindValue(e.createdBy);
    q.addBindValue(e.createdAt);
    q.addBindValue(e.expiresAt);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    e.id = m_db.insertedId(q);
    return Status::success();
}

std::optional<ReenrollmentExpectation> ReenrollmentExpectationRepository::open(qint64 deviceId, qint64 now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, created_by, created_at, expires_at FROM reenrollment_expectations "
                             "WHERE device_id = ? AND consumed_at IS NULL AND expires_at > ? ORDER BY expires_at DESC, id DESC LIMIT 1"));
    q.addBindValue(deviceId);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReenrollmentExpectation e;
    e.id = q.value(0).toLongLong();
    e.deviceId = deviceId;
    e.createdBy = q.value(1).toString();
    e.createdAt = q.value(2).toLongLong();
    e.expiresAt = q.value(3).toLongLong();
    return e;
}

Status ReenrollmentExpectationRepository::consume(qint64 deviceId, const QString &identitySha256, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reenrollment_expectations SET consumed_at = ?, consumed_by = ? "
                             "WHERE device_id = ? AND consumed_at IS NULL AND expires_at > ?"));
    q.addBindValue(now);
    q.addBindValue(identitySha256);
    q.addBindValue(deviceId);
    q.addBindValue(now);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (q.numRowsAffected() < 1)
        return Status::failure(ErrorCode::NotFound, QStringLiteral("no open re-enrollment expectation"));
    return Status::success();
}

Status ReenrollmentExpectationRepository::endOpen(qint64 deviceId, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reenrollment_expectations SET expires_at = ? "
                             "WHERE device_id = ? AND consumed_at IS NULL AND expires_at > ?"));
    q.addBindValue(now);
    q.addBindValue(deviceId);
    q.addBindValue(now);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}
