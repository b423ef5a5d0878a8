#include "commands/CommandRow.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace CommandRow {

QString columns(const QString &tableAlias)
{
    static const QStringList names = {
        QStringLiteral("id"),        QStringLiteral("uuid"),      QStringLiteral("device_id"),
        QStringLiteral("request_type"), QStringLiteral("payload"), QStringLiteral("priority"),
        QStringLiteral("status"),    QStringLiteral("attempts"),  QStringLiteral("queued_by"),
        QStringLiteral("queued_at"), QStringLiteral("sent_at"),   QStringLiteral("completed_at")};
    if (tableAlias.isEmpty())
        return names.join(QStringLiteral(", "));
    QStringList prefixed;
    for (const QString &n : names)
        prefixed << tableAlias + QLatin1Char('.') + n;
    return prefixed.join(QStringLiteral(", "));
}

DeviceCommand from(const QSqlQuery &q, int first)
{
    DeviceCommand c;
    c.id = q.value(first + 0).toLongLong();
    c.uuid = q.value(first + 1).toString();
    c.deviceId = q.value(first + 2).toLongLong();
    c.requestType = q.value(first + 3).toString();
    c.payload = q.value(first + 4).toByteArray();
    c.priority = q.value(first + 5).toInt();
    c.status = q.value(first + 6).toString();
    c.attempts = q.value(first + 7).toInt();
    c.queuedBy = q.value(first + 8).toString();
    c.queuedAt = q.value(first + 9).toLongLong();
    c.sentAt = q.value(first + 10).isNull() ? 0 : q.value(first + 10).toLongLong();
    c.completedAt = q.value(first + 11).isNull() ? 0 : q.value(first + 11).toLongLong();
    return c;
}

} // namespace CommandRow
