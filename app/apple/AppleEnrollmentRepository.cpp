#include "apple/AppleEnrollmentRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char *kColumns = "id, device_id, ownership, department, secret_hash, identity_cert_sha256, state, created_by, "
                       "created_at, expires_at, completed_at";

AppleEnrollment enrollmentFrom(const QSqlQuery &q)
{
    AppleEnrollment e;
    e.id = q.value(0).toLongLong();
    e.deviceId = q.value(1).toLongLong();
    e.ownership = DeviceTypes::ownershipFromDb(q.value(2).toString()).value_or(Ownership::COPE);
    e.department = q.value(3).toString();
    e.tokenHash = q.value(4).toString();
    e.identitySha256 = q.value(5).toString();
    e.state = q.value(6).toString();
    e.createdBy = q.value(7).toString();
    e.createdAt = q.value(8).toLongLong();
    e.expiresAt = q.value(9).toLongLong();
    e.completedAt = q.value(10).toLongLong();
    return e;
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(ErrorCode::Failure, q.lastError().text());
}

} // namespace

AppleEnrollmentRepository::AppleEnrollmentRepository(Database &db) : m_db(db) {}

Status AppleEnrollmentRepository::create(AppleEnrollment &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO enrollments (platform, ownership, method, department, secret_hash, state, "
                             "created_by, created_at, expires_at) VALUES ('apple', ?, 'profile', ?, ?, 'open', ?, ?, ?)") + m_db.returningId());
    q.addBindValue(DeviceTypes::toDb(e.ownership));
    q.addBindValue(e.department.isNull() ? QStringLiteral("") : e.department);
    q.addBindValue(e.tokenHash);
    q.addBindValue(e.createdBy.isNull() ? QStringLiteral("") : e.createdBy);
    q.addBindValue(e.createdAt);
    q.addBindValue(e.expiresAt > 0 ? QVariant(e.expiresAt) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return failed(q);
    e.id = m_db.insertedId(q);
    e.state = QStringLiteral("open");
    return Status::success();
}

std::optional<AppleEnrollment> AppleEnrollmentRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM enrollments WHERE id = ? AND platform = 'apple'").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return enrollmentFrom(q);
}

std::optional<AppleEnrollment> AppleEnrollmentRepository::findByTokenHash(const QString &tokenHash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM enrollments WHERE secret_hash = ? AND platform = 'apple'")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(tokenHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return enrollmentFrom(q);
}

QList<AppleEnrollment> AppleEnrollmentRepository::list(const QString &state, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM enrollments WHERE platform = 'apple'%2 ORDER BY created_at DESC, id DESC LIMIT ?")
                  .arg(QLatin1String(kColumns), state.isEmpty() ? QString() : QStringLiteral(" AND state = ?")));
    if (!state.isEmpty())
        q.addBindValue(state);
    q.addBindValue(limit);
    QList<AppleEnrollment> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << enrollmentFrom(q);
    return out;
}

Status AppleEnrollmentRepository::setChallenge(qint64 enrollmentId, const QString &challengeHash, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO apple_scep_challenges (enrollment_id, challenge_hash, created_at, used_at) "
                             "VALUES (?, ?, ?, NULL) ON CONFLICT (enrollment_id) DO UPDATE SET "
                             "challenge_hash = excluded.challenge_hash, created_at = excluded.created_at, used_at = NULL"));
    q.addBindValue(enrollmentId);
    q.addBindValue(challengeHash);
    q.addBindValue(now);
    return q.exec() ? Status::success() : failed(q);
}

Status AppleEnrollmentRepository::consumeChallenge(const QString &challengeHash, qint64 now, qint64 &enrollmentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.enrollment_id FROM apple_scep_challenges c JOIN enrollments e ON e.id = c.enrollment_id "
                             "WHERE c.challenge_hash = ? AND c.used_at IS NULL AND e.state = 'open' "
                             "AND (e.expires_at IS NULL OR e.expires_at > ?)"));
    q.addBindValue(challengeHash);
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Status::failure(ErrorCode::NotFound,
                               QCoreApplication::translate("AppleEnrollmentRepository", "The challenge is unknown, used or expired."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE apple_scep_challenges SET used_at = ? WHERE enrollment_id = ? AND used_at IS NULL"));
    u.addBindValue(now);
    u.addBindValue(id);
    if (!u.exec())
        return failed(u);
    if (u.numRowsAffected() != 1)
        return Status::failure(ErrorCode::NotFound,
                               QCoreApplication::translate("AppleEnrollmentRepository", "The challenge is unknown, used or expired."));
    enrollmentId = id;
    return Status::success();
}

Status AppleEnrollmentRepository::complete(qint64 enrollmentId, qint64 deviceId, const QString &identitySha256, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE enrollments SET device_id = ?, identity_cert_sha256 = ?, state = 'used', "
                             "completed_at = ? WHERE id = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(identitySha256);
    q.addBindValue(now);
    q.addBindValue(enrollmentId);
    return q.exec() ? Status::success() : failed(q);
}

std::optional<qint64> AppleEnrollmentRepository::latestForDevice(qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM enrollments WHERE device_id = ? AND platform = 'apple' "
                             "ORDER BY completed_at DESC, id DESC LIMIT 1"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}
