#include "apple/AppleIdentityRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

AppleIdentityRepository::AppleIdentityRepository(Database &db) : m_db(db) {}

Status AppleIdentityRepository::recordIssued(const QString &sha256, qint64 enrollmentId, qint64 deviceId,
                                             const QString &subject, const QString &serial, qint64 issuedAt, qint64 notAfter)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO apple_identities (cert_sha256, enrollment_id, device_id, subject, serial, state, "
                             "issued_at, not_after, bound_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(enrollmentId);
    q.addBindValue(deviceId > 0 ? QVariant(deviceId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(subject.isNull() ? QStringLiteral("") : subject);
    q.addBindValue(serial.isNull() ? QStringLiteral("") : serial);
    q.addBindValue(deviceId > 0 ? QStringLiteral("bound") : QStringLiteral("issued"));
    q.addBindValue(issuedAt);
    q.addBindValue(notAfter);
    q.addBindValue(deviceId > 0 ? QVariant(issuedAt) : QVariant(QMetaType(QMetaType::LongLong)));
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}

std::optional<AppleIdentity> AppleIdentityRepository::find(const QString &sha256) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT i.enrollment_id, i.device_id, i.state, e.ownership, i.not_after FROM apple_identities i "
                             "JOIN enrollments e ON e.id = i.enrollment_id WHERE i.cert_sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AppleIdentity id;
    id.sha256 = sha256;
    id.enrollmentId = q.value(0).toLongLong();
    id.deviceId = q.value(1).toLongLong();
    id.state = q.value(2).toString();
    id.ownership = DeviceTypes::ownershipFromDb(q.value(3).toString()).value_or(Ownership::COPE);
    id.notAfter = q.value(4).toLongLong();
    return id;
}

Status AppleIdentityRepository::bind(const QString &sha256, qint64 deviceId, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE apple_identities SET device_id = ?, state = 'bound', bound_at = ? WHERE cert_sha256 = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(now);
    q.addBindValue(sha256);
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}

Status AppleIdentityRepository::retireDevice(qint64 deviceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE apple_identities SET state = 'retired' WHERE device_id = ?"));
    q.addBindValue(deviceId);
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}
