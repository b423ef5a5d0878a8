#pragma once

#include <QDateTime>
#include <QString>

// How a moment is shown to the admin: recent moments relative ("5 minutes ago"), older ones as a
// local date and time; the exact UTC time is what tooltips and reports show.
namespace RelativeTime {
QString describe(const QDateTime &moment, const QDateTime &now = QDateTime::currentDateTimeUtc());
QString exactUtc(const QDateTime &moment); // "2026-11-28 14:03:05 UTC"
QString localDateTime(const QDateTime &moment);
}
