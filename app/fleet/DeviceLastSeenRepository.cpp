#include "fleet/DeviceLastSeenRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const char *const UpdateSql = "UPDATE devices SET last_seen = ? WHERE id = ? AND (last_seen IS NULL OR last_seen < ?)";
}

DeviceLastSeenRepository::DeviceLastSeenRepository(Database &db) : m_db(db) {}

Status DeviceLastSeenRepository::touch(qint64 deviceId, qint64 epochSeconds)
{
    return touchAll({{deviceId, epochSeconds}});
}

Status DeviceLastSeenRepository::touchAll(const QHash<qint64, qint64> &lastSeenByDevice)
{
    if (lastSeenByDevice.isEmpty())
        return Status::success();
    QSqlDatabase connection = m_db.connection();
    const bool transaction = lastSeenByDevice.size() > 1 && m_db.beginTransaction();
    QSqlQuery q(connection);
    q.prepare(QString::fromLatin1(UpdateSql));
    for (auto it = lastSeenByDevice.cbegin(); it != lastSeenByDevice.cend(); ++it) {
        q.bindValue(0, it.value());
        q.bindValue(1, it.key());
        q.bindValue(2, it.value());
        if (!q.exec()) {
            const QString why = q.lastError().text();
            if (transaction)
                m_db.rollbackTransaction();
            return Status::failure(ErrorCode::Failure, why);
        }
    }
    if (transaction && !m_db.commitTransaction())
        return Status::failure(ErrorCode::Failure, connection.lastError().text());
    return Status::success();
}
