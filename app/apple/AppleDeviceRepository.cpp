#include "apple/AppleDeviceRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

AppleDeviceRepository::AppleDeviceRepository(Database &db) : m_db(db) {}

qint64 AppleDeviceRepository::idByUdid(const QString &udid) const
{
    if (udid.isEmpty())
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM devices WHERE udid = ?"));
    q.addBindValue(udid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status AppleDeviceRepository::setEnrollmentState(qint64 deviceId, const QString &state, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE devices SET enrollment_state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(now);
    q.addBindValue(deviceId);
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}

Status AppleDeviceRepository::touchLastSeen(const QHash<qint64, qint64> &lastSeenByDevice)
{
    QSqlQuery q(m_db.connection());
    // Never moves last_seen backwards (two flushes may race across processes).
    q.prepare(QStringLiteral("UPDATE devices SET last_seen = ? WHERE id = ? AND (last_seen IS NULL OR last_seen < ?)"));
    for (auto it = lastSeenByDevice.cbegin(); it != lastSeenByDevice.cend(); ++it) {
        q.addBindValue(it.value());
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return Status::failure(ErrorCode::Failure, q.lastError().text());
    }
    return Status::success();
}
