#include "audit/AuditLog.h"

#include "db/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

AuditLog::AuditLog(Database &db) : m_db(db) {}

QByteArray AuditLog::canonical(const AuditEvent &e)
{
    // One field a line, in a fixed order; newlines inside a field are escaped so the split is unambiguous.
    auto esc = [](QString s) {
        return s.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\n"), QLatin1String("\\n"));
    };
    QStringList fields{QString::number(e.id),
                       QString::number(e.occurredAt.toSecsSinceEpoch()),
                       esc(e.actor),
                       esc(e.actorRole),
                       e.deviceId ? QString::number(*e.deviceId) : QString(),
                       esc(e.action),
                       esc(e.outcome),
                       esc(e.details)};
    return fields.join(QLatin1Char('\n')).toUtf8();
}

QString AuditLog::chainHash(const QString &prevHash, const AuditEvent &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(canonical(e));
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::record(const Actor &actor, const QString &action, const QString &outcome, const QString &details,
                        std::optional<qint64> deviceId)
{
    QSqlDatabase conn = m_db.connection();
    // The chain needs the previous hash and the next id read and written as one step.
    const bool ownTransaction = conn.transaction();
    QSqlQuery q(conn);
    AuditEvent e;
    e.occurredAt = QDateTime::currentDateTimeUtc();
    e.actor = actor.isValid() ? actor.name : QStringLiteral("unknown");
    e.actorRole = actor.role;
    e.deviceId = deviceId;
    e.action = action;
    e.outcome = outcome;
    e.details = details;
    if (q.exec(QStringLiteral("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")) && q.next()) {
        e.id = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    } else {
        e.id = 1;
    }
    q.finish();
    e.hash = chainHash(e.prevHash, e);
    q.prepare(QStringLiteral("INSERT INTO audit_events (id, occurred_at, actor, actor_role, device_id, action, outcome, "
                             "details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(e.id);
    q.addBindValue(e.occurredAt.toSecsSinceEpoch());
    q.addBindValue(e.actor);
    q.addBindValue(e.actorRole.isNull() ? QStringLiteral("") : e.actorRole);
    q.addBindValue(deviceId ? QVariant(*deviceId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(e.action);
    q.addBindValue(e.outcome);
    q.addBindValue(e.details.isNull() ? QStringLiteral("") : e.details);
    q.addBindValue(e.prevHash.isNull() ? QStringLiteral("") : e.prevHash); // the first entry has none; NULL is refused
    q.addBindValue(e.hash);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        if (ownTransaction)
            conn.rollback();
        return Status::failure(ErrorCode::Failure, why);
    }
    if (ownTransaction && !conn.commit())
        return Status::failure(ErrorCode::Failure, conn.lastError().text());
    return Status::success();
}

QList<AuditEvent> AuditLog::events(qint64 afterId, int limit) const
{
    QList<AuditEvent> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, occurred_at, actor, actor_role, device_id, action, outcome, details, prev_hash, "
                             "hash FROM audit_events WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.occurredAt = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.actor = q.value(2).toString();
        e.actorRole = q.value(3).toString();
        if (!q.value(4).isNull())
            e.deviceId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.outcome = q.value(6).toString();
        e.details = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        out << e;
    }
    return out;
}
