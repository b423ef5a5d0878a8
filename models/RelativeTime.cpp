#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace RelativeTime {

QString describe(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid())
        return QCoreApplication::translate("RelativeTime", "never");
    const qint64 seconds = moment.secsTo(now);
    if (seconds < -60)
        return localDateTime(moment); // a clock ahead of ours: show it as it is, not "in 3 minutes"
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    if (seconds < 3600)
        return QCoreApplication::translate("RelativeTime", "%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return QCoreApplication::translate("RelativeTime", "%n hour(s) ago", nullptr, int(seconds / 3600));
    if (seconds < 7 * 24 * 3600)
        return QCoreApplication::translate("RelativeTime", "%n day(s) ago", nullptr, int(seconds / (24 * 3600)));
    return localDateTime(moment);
}

QString exactUtc(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString localDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

} // namespace RelativeTime
