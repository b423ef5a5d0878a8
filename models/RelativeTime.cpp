#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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
    // The counts are computed apart: lupdate 6.4 hangs on an expression as the plural argument.
    const int minutes = int(seconds / 60);
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (hours < 1)
        return QCoreApplication::translate("RelativeTime", "%n minute(s) ago", nullptr, minutes);
    if (days < 1)
        return QCoreApplication::translate("RelativeTime", "%n hour(s) ago", nullptr, hours);
    if (days < 7)
        return QCoreApplication::translate("RelativeTime", "%n day(s) ago", nullptr, days);
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
    // The locale's short form, with the year in full: "10/9/26" is ambiguous in a medical record.
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(shortYear, QStringLiteral("yyyy"));
    return locale.toString(moment.toLocalTime(), format);
}

} // namespace RelativeTime
