#include "push/PushOutboxRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace {
const char *kColumns = "id, device_id, origin, created_at, next_attempt_at, attempts, last_error";

PushOutboxEntry entryFrom(const QSqlQuery &q)
{
    PushOutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.deviceId = q.value(1).toLongLong();
    e.origin = q.value(2).toString();
    e.createdAt = q.value(3).toLongLong();
    e.nextAttemptAt = q.value(4).toLongLong();
    e.attempts = q.value(5).toInt();
    e.lastError = q.value(6).toString();
    return e;
}

Status failed(const QSqlQuery &q) { return Status::failure(ErrorCode::Failure, q.lastError().text()); }
} // namespace

PushOutboxRepository::PushOutboxRepository(Database &db) : m_db(db) {}

Status PushOutboxRepository::enqueue(qint64 deviceId, const QString &origin, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO push_outbox (device_id, origin, created_at, next_attempt_at) "
                             "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM push_outbox WHERE device_id = ? "
                             "AND claimed_until <= ? AND attempts = 0)"));
    q.addBindValue(deviceId);
    q.addBindValue(origin.isNull() ? QStringLiteral("") : origin);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(deviceId);
    q.addBindValue(now);
    return q.exec() ? Status::success() : failed(q);
}

QList<PushOutboxEntry> PushOutboxRepository::claimDue(qint64 now, int limit)
{
    QList<PushOutboxEntry> due;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM push_outbox WHERE next_attempt_at <= ? AND claimed_until <= ? "
                                 "ORDER BY next_attempt_at, id LIMIT ?")
                      .arg(QLatin1String(kColumns)));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(limit);
        if (!q.exec())
            return due;
        while (q.next())
            due << entryFrom(q);
    }
    QSqlDatabase conn = m_db.connection();
    const bool ownTransaction = m_db.beginTransaction();
    QList<PushOutboxEntry> claimed;
    QSqlQuery claim(conn);
    claim.prepare(QStringLiteral("UPDATE push_outbox SET claimed_until = ?, claimed_by = ? WHERE id = ? AND claimed_until <= ?"));
    const QString me = claimerId();
    for (const PushOutboxEntry &e : due) {
        claim.addBindValue(now + ClaimSeconds);
        claim.addBindValue(me);
        claim.addBindValue(e.id);
        claim.addBindValue(now);
        if (claim.exec() && claim.numRowsAffected() == 1)
            claimed << e;
    }
    if (ownTransaction)
        m_db.commitTransaction();
    return claimed;
}

QString PushOutboxRepository::claimerId()
{
    return QHostInfo::localHostName() + QLatin1Char(':') + QString::number(QCoreApplication::applicationPid());
}

int PushOutboxRepository::releaseDeadClaims(qint64 now)
{
    int released = 0;
#ifdef Q_OS_UNIX
    const QString prefix = QHostInfo::localHostName() + QLatin1Char(':');
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT claimed_by FROM push_outbox WHERE claimed_until > ?"));
    q.addBindValue(now);
    if (!q.exec())
        return 0;
    QStringList dead;
    while (q.next()) {
        const QString claimer = q.value(0).toString();
        if (!claimer.startsWith(prefix))
            continue;
        const qint64 pid = claimer.mid(prefix.size()).toLongLong();
        if (pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
            dead << claimer;
    }
    QSqlQuery release(m_db.connection());
    release.prepare(QStringLiteral("UPDATE push_outbox SET claimed_until = 0, claimed_by = '' WHERE claimed_by = ?"));
    for (const QString &claimer : dead) {
        release.addBindValue(claimer);
        if (release.exec())
            released += release.numRowsAffected();
    }
#else
    Q_UNUSED(now)
#endif
    return released;
}

Status PushOutboxRepository::reschedule(qint64 id, qint64 nextAttemptAt, const QString &error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE push_outbox SET next_attempt_at = ?, claimed_until = 0, claimed_by = '', attempts = attempts + 1, "
                             "last_error = ? WHERE id = ?"));
    q.addBindValue(nextAttemptAt);
    q.addBindValue(error.isNull() ? QStringLiteral("") : error);
    q.addBindValue(id);
    return q.exec() ? Status::success() : failed(q);
}

Status PushOutboxRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM push_outbox WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() ? Status::success() : failed(q);
}

qint64 PushOutboxRepository::nextDue() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(CASE WHEN claimed_until > next_attempt_at THEN claimed_until "
                               "ELSE next_attempt_at END) FROM push_outbox"))
        || !q.next())
        return 0;
    return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
}

int PushOutboxRepository::count(qint64 deviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(deviceId > 0 ? QStringLiteral("SELECT COUNT(*) FROM push_outbox WHERE device_id = ?")
                           : QStringLiteral("SELECT COUNT(*) FROM push_outbox"));
    if (deviceId > 0)
        q.addBindValue(deviceId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QList<PushOutboxEntry> PushOutboxRepository::all() const
{
    QList<PushOutboxEntry> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM push_outbox ORDER BY id").arg(QLatin1String(kColumns))))
        return result;
    while (q.next())
        result << entryFrom(q);
    return result;
}
