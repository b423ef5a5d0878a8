#include "commands/CommandOverviewRepository.h"

#include "commands/CommandRow.h"
#include "db/Database.h"

#include <QSqlQuery>
#include <QVariantList>

namespace {

// The WHERE clause and its bound values for a query; every filter is a bound value, never text.
QString whereClause(const CommandListQuery &query, QVariantList &binds)
{
    QStringList where;
    if (query.deviceId > 0) {
        where << QStringLiteral("c.device_id = ?");
        binds << query.deviceId;
    }
    if (!query.status.isEmpty()) {
        where << QStringLiteral("c.status = ?");
        binds << query.status;
    }
    if (!query.text.trimmed().isEmpty()) {
        where << QStringLiteral("(LOWER(c.request_type) LIKE ? OR LOWER(d.name) LIKE ? OR LOWER(c.queued_by) LIKE ?)");
        const QString like = QLatin1Char('%') + query.text.trimmed().toLower() + QLatin1Char('%');
        binds << like << like << like;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

CommandOverviewRepository::CommandOverviewRepository(Database &db) : m_db(db) {}

QList<CommandOverview> CommandOverviewRepository::page(const CommandListQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT %2, d.name, d.platform, d.ownership, (SELECT r.error_chain FROM command_results r "
                  "WHERE r.command_id = c.id ORDER BY r.id DESC LIMIT 1) "
                  "FROM commands c JOIN devices d ON d.id = c.device_id%1 ORDER BY c.queued_at DESC, c.id DESC "
                  "LIMIT ? OFFSET ?")
                  .arg(where, CommandRow::columns(QStringLiteral("c"))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    QList<CommandOverview> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        CommandOverview o;
        o.command = CommandRow::from(q);
        o.deviceName = q.value(12).toString();
        o.devicePlatform = q.value(13).toString();
        o.deviceOwnership = q.value(14).toString();
        o.resultDetail = q.value(15).toString();
        out.append(o);
    }
    return out;
}

int CommandOverviewRepository::count(const CommandListQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM commands c JOIN devices d ON d.id = c.device_id%1").arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QHash<QString, int> CommandOverviewRepository::countsByStatus() const
{
    QHash<QString, int> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT status, COUNT(*) FROM commands GROUP BY status")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}
