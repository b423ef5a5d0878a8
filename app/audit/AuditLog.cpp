#include "audit/AuditLog.h"

#include "db/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

AuditLog::AuditLog(Database &db) : m_db(db) {}

QString AuditLog::escapeField(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\')
            out += QLatin1String("\\\\");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString AuditLog::canonical(const AuditEvent &e)
{
    const QStringList fields{QString::number(e.id),
                             e.occurredAt.toUTC().toString(Qt::ISODate),
                             escapeField(e.actor),
                             escapeField(e.actorRole),
                             e.deviceId ? QString::number(*e.deviceId) : QString(),
                             escapeField(e.action),
                             escapeField(e.outcome),
                             escapeField(e.details)};
    return fields.join(QLatin1Char('\t'));
}

QString AuditLog::chainHash(const QString &prevHash, const AuditEvent &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(canonical(e).toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::record(const Actor &actor, const QString &action, const QString &outcome, const QString &details,
                        std::optional<qint64> deviceId)
{
    QSqlDatabase conn = m_db.connection();
    // The chain needs the previous hash and the next id read and written as one step. On SQLite the
    // write lock is taken up front (BEGIN IMMEDIATE): a deferred transaction that read first could not
    // upgrade while another process (the endpoint service, the command line) appends at the same time.
    // Inside a caller's transaction the BEGIN fails and the caller's transaction is used.
    const bool sqlite = m_db.backend() == Database::Backend::SQLite;
    const bool ownTransaction = sqlite ? QSqlQuery(conn).exec(QStringLiteral("BEGIN IMMEDIATE")) : m_db.beginTransaction();
    auto rollback = [&] {
        if (ownTransaction && sqlite)
            QSqlQuery(conn).exec(QStringLiteral("ROLLBACK"));
        else if (ownTransaction)
            m_db.rollbackTransaction();
    };
    QSqlQuery q(conn);
    // PostgreSQL has no database-wide write lock: two consoles appending at once would both read
    // the same last entry. This lock, held to the end of the transaction, queues them instead.
    if (!sqlite && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7261002)"))) {
        const QString why = q.lastError().text();
        rollback();
        return Status::failure(ErrorCode::Failure, why);
    }
    q.finish();
    AuditEvent e;
    // Whole seconds: what the table stores is what the hash covers.
    e.occurredAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
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
    q.addBindValue(e.prevHash.isNull() ? QStringLiteral("") : e.prevHash); // a null QString would bind as NULL
    q.addBindValue(e.hash);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        rollback();
        return Status::failure(ErrorCode::Failure, why);
    }
    q.finish();
    if (ownTransaction) {
        QSqlQuery commit(conn);
        if (sqlite ? !commit.exec(QStringLiteral("COMMIT")) : !m_db.commitTransaction()) {
            const QString why = sqlite ? commit.lastError().text() : conn.lastError().text();
            rollback();
            return Status::failure(ErrorCode::Failure, why);
        }
    }
    return Status::success();
}

namespace {

const char *Columns = "id, occurred_at, actor, actor_role, device_id, action, outcome, details, prev_hash, hash";

AuditEvent readEvent(const QSqlQuery &q)
{
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
    return e;
}

QList<AuditEvent> readAll(QSqlQuery &q)
{
    QList<AuditEvent> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << readEvent(q);
    return out;
}

// WHERE clause and its values for a query; values are bound in order.
QString whereClause(const AuditQuery &query, QVariantList *values)
{
    QStringList parts;
    if (!query.actor.isEmpty()) {
        parts << QStringLiteral("actor = ?");
        *values << query.actor;
    }
    if (!query.action.isEmpty()) {
        if (query.action.endsWith(QLatin1Char('.'))) {
            // Prefix match without LIKE, so '_' and '%' in action names need no escaping.
            parts << QStringLiteral("substr(action, 1, ?) = ?");
            *values << query.action.size() << query.action;
        } else {
            parts << QStringLiteral("action = ?");
            *values << query.action;
        }
    }
    if (query.deviceId) {
        parts << QStringLiteral("device_id = ?");
        *values << *query.deviceId;
    }
    if (query.from.isValid()) {
        parts << QStringLiteral("occurred_at >= ?");
        *values << query.from.toSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        parts << QStringLiteral("occurred_at <= ?");
        *values << query.to.toSecsSinceEpoch();
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

QStringList distinct(QSqlDatabase conn, const char *column)
{
    QStringList out;
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_events ORDER BY %1").arg(QLatin1String(column))))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

QList<AuditEvent> AuditLog::events(qint64 afterId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE id > ? ORDER BY id LIMIT ?").arg(QLatin1String(Columns)));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return readAll(q);
}

std::optional<AuditEvent> AuditLog::event(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE id = ?").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    const QList<AuditEvent> found = readAll(q);
    return found.isEmpty() ? std::nullopt : std::optional<AuditEvent>(found.first());
}

std::optional<AuditEvent> AuditLog::latest() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_events ORDER BY id DESC LIMIT 1").arg(QLatin1String(Columns)));
    const QList<AuditEvent> found = readAll(q);
    return found.isEmpty() ? std::nullopt : std::optional<AuditEvent>(found.first());
}

QList<AuditEvent> AuditLog::page(const AuditQuery &query, int offset, int limit) const
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_events%2 ORDER BY id %3 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(Columns), where, query.newestFirst ? QLatin1String("DESC") : QLatin1String("ASC")));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readAll(q);
}

int AuditLog::count(const AuditQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_events") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QStringList AuditLog::actors() const { return distinct(m_db.connection(), "actor"); }

QStringList AuditLog::actions() const { return distinct(m_db.connection(), "action"); }
