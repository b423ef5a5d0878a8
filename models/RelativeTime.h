#pragma once

#include <QDateTime>
#include <QString>

// How a moment is shown to the admin: recent moments relative ("5 minutes ago"), older ones as a
// local date and time; the exact UTC time is what tooltips and reports show.
namespace RelativeTime {
QString describe(const QDateTime &moment, const QDateTime &now = QDateTime::currentDateTimeUtc());
QString exactUtc(const QDateTime &moment); // "2026-11-28 14:03:05 UTC"
// Local date (and time) in the current locale's short format, but always with a four-digit year
// (the short formats of most locales have two: "7/12/26").
QString localDateTime(const QDateTime &moment);
QString localDate(const QDate &date);
}
