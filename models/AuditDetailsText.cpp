#include "AuditDetailsText.h"

#include "RelativeTime.h"

#include <QDateTime>
#include <QRegularExpression>

namespace AuditDetailsText {

QString localDateTime(qint64 epochSeconds)
{
    return RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC));
}

QString readable(const QString &details)
{
    // Only keys that name a moment, and only values that are plausible moments (2001..2100): a
    // serial number or a count that happens to be ten digits long stays as it is.
    static const QRegularExpression moment(
        QStringLiteral("\\b(at|until|expires|expires_at|not_after|starts|ends|[a-z]+_at)=(\\d{9,10})\\b"));
    QString out;
    qsizetype last = 0;
    for (auto it = moment.globalMatch(details); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qint64 secs = m.captured(2).toLongLong();
        if (secs < 978307200 || secs > 4102444800)
            continue;
        out += details.mid(last, m.capturedStart(2) - last) + localDateTime(secs);
        last = m.capturedEnd(2);
    }
    return out + details.mid(last);
}

} // namespace AuditDetailsText
