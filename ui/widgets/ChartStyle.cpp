#include "widgets/ChartStyle.h"

#include "core/SeriesPalette.h"

#include <QApplication>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace ChartStyle {

QValueAxis *countAxis(qreal max)
{
    // Step: 1, 2 or 5 times a power of ten, the smallest that needs at most 5 intervals.
    qreal step = 1;
    if (max > 5) {
        const qreal magnitude = std::pow(10.0, std::floor(std::log10(max / 5)));
        step = magnitude;
        for (qreal m : {1.0, 2.0, 5.0, 10.0})
            if (m * magnitude * 5 >= max) {
                step = m * magnitude;
                break;
            }
    }
    const int intervals = qMax(1, int(std::ceil(max / step)));
    auto *axis = new QValueAxis;
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

qreal dayPosition(const QDate &day) { return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()); }

QDateTimeAxis *dayAxis(const QDate &first, const QDate &last)
{
    // A day before and after, so the first and last points are not on the frame.
    const qint64 days = qMax<qint64>(0, first.daysTo(last)) + 2;
    // At most 8 ticks: every day, 2nd, 5th, 7th ... day, and the range a whole number of steps.
    qint64 step = 1;
    for (qint64 s : {1, 2, 3, 5, 7, 10, 14, 15, 30})
        if ((days + s - 1) / s <= 7) {
            step = s;
            break;
        }
    const qint64 intervals = (days + step - 1) / step;
    const QDate from = first.addDays(-1);
    auto *axis = new QDateTimeAxis;
    axis->setRange(QDateTime(from, QTime(12, 0)), QDateTime(from.addDays(intervals * step), QTime(12, 0)));
    axis->setTickCount(int(intervals) + 1);
    //: Day and month on a chart's time axis (Qt date format); Spanish puts the day first.
    axis->setFormat(QCoreApplication::translate("ChartStyle", "MMM d"));
    return axis;
}

QColor seriesColor(int index) { return SeriesPalette::color(index); }

void applyWindowFont(QChart *chart)
{
    const QFont font = QApplication::font();
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(font);
}

} // namespace ChartStyle
