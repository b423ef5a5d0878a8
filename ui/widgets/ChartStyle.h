#pragma once

#include <QColor>
#include <QDate>

class QChart;
class QDateTimeAxis;
class QValueAxis;

// How the console's charts read: counts on round ticks (0, 500, 1,000 ... not 1097, 2195),
// one date per tick on a time axis, a colour of its own for every series, no truncated labels.
namespace ChartStyle {
// A count axis from 0 to a round number at or above `max`, with 4 to 6 ticks on round values.
QValueAxis *countAxis(qreal max);
// A time axis over whole days [first, last], ticks on days (every day, or every few days when
// there are many), each labelled once in the locale's short day-and-month form.
QDateTimeAxis *dayAxis(const QDate &first, const QDate &last);
// Where a value for `day` goes on dayAxis (local noon, so the tick's date is the day in any zone).
qreal dayPosition(const QDate &day);
// Clearly different colours, in order; after the last they repeat.
QColor seriesColor(int index);
// Title, labels and legend in the window's font, so charts read like the rest of the page.
void applyWindowFont(QChart *chart);
}
