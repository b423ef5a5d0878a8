#include "android/AndroidEnrollmentTokenRepository.h"

#include "db/Database.h"
#include "security/SecureRandom.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

AndroidEnrollmentTokenRepository::AndroidEnrollmentTokenRepository(Database &db) : m_db(db) {}

QString AndroidEnrollmentTokenRepository::hash(const QString &token)
{
    // The token is 256 random bits: a plain SHA-256 cannot be brute-forced, so no slow hash is needed.
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AndroidEnrollmentTokenRepository::create(AndroidEnrollmentToken &row, const QString &createdBy, QString *token)
{
    const QString clear = QString::fromLatin1(
        SecureRandom::bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO enrollments (platform, ownership, method, department, policy_id, secret_hash, "
                             "state, created_by, created_at, expires_at) VALUES ('android', ?, ?, ?, ?, ?, 'open', ?, ?, ?)") + m_db.returningId());
    q.addBindValue(DeviceTypes::toDb(row.ownership));
    q.addBindValue(row.method);
    q.addBindValue(row.department.isNull() ? QStringLiteral("") : row.department);
    q.addBindValue(row.policyId > 0 ? QVariant(row.policyId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(hash(clear));
    q.addBindValue(createdBy.isNull() ? QStringLiteral("") : createdBy);
    q.addBindValue(row.createdAt);
    q.addBindValue(row.expiresAt);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    row.id = m_db.insertedId(q);
    row.state = QStringLiteral("open");
    *token = clear;
    return Status::success();
}

std::optional<AndroidEnrollmentToken> AndroidEnrollmentTokenRepository::select(const QString &where,
                                                                              const QVariant &value) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, method, ownership, department, policy_id, state, device_id, created_at, "
                             "expires_at FROM enrollments WHERE platform = 'android' AND %1").arg(where));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AndroidEnrollmentToken t;
    t.id = q.value(0).toLongLong();
    t.method = q.value(1).toString();
    t.ownership = DeviceTypes::ownershipFromDb(q.value(2).toString()).value_or(Ownership::COPE);
    t.department = q.value(3).toString();
    t.policyId = q.value(4).toLongLong();
    t.state = q.value(5).toString();
    t.deviceId = q.value(6).toLongLong();
    t.createdAt = q.value(7).toLongLong();
    t.expiresAt = q.value(8).toLongLong();
    return t;
}

std::optional<AndroidEnrollmentToken> AndroidEnrollmentTokenRepository::findByToken(const QString &token) const
{
    return select(QStringLiteral("secret_hash = ?"), hash(token));
}

std::optional<AndroidEnrollmentToken> AndroidEnrollmentTokenRepository::findById(qint64 id) const
{
    return select(QStringLiteral("id = ?"), id);
}

bool AndroidEnrollmentTokenRepository::consume(qint64 id, qint64 deviceId, const QString &certSha256, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE enrollments SET state = 'used', device_id = ?, identity_cert_sha256 = ?, "
                             "completed_at = ? WHERE id = ? AND state = 'open' AND expires_at > ?"));
    q.addBindValue(deviceId);
    q.addBindValue(certSha256);
    q.addBindValue(now);
    q.addBindValue(id);
    q.addBindValue(now);
    return q.exec() && q.numRowsAffected() == 1;
}

Status AndroidEnrollmentTokenRepository::revoke(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE enrollments SET state = 'revoked' WHERE id = ? AND state = 'open'"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}
