#include "report/ReportChartPainter.h"

#include "core/SeriesPalette.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

namespace {

const QColor kGood(46, 125, 50), kBad(198, 40, 40), kUnknown(158, 158, 158), kAxis(97, 97, 97);

void title(QPainter &p, const QRectF &rect, const QString &text)
{
    QFont f = p.font();
    f.setBold(true);
    p.save();
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), p.fontMetrics().height() * 1.4), Qt::AlignLeft | Qt::AlignTop, text);
    p.restore();
}

} // namespace

namespace ReportChartPainter {

void complianceBySafeguard(QPainter &p, const QRectF &rect, const FleetCompliance &fleet)
{
    title(p, rect, QCoreApplication::translate("ReportChartPainter", "Compliance by safeguard"));
    const qreal line = p.fontMetrics().height();
    const QList<Safeguard> safeguards = SafeguardInfo::perDevice();
    const qreal top = rect.top() + line * 1.6;
    const qreal legend = line * 1.5;
    const qreal rowH = (rect.bottom() - top - legend) / qMax<qsizetype>(1, safeguards.size());
    const qreal labelW = rect.width() * 0.40;
    for (int i = 0; i < safeguards.size(); ++i) {
        const Safeguard s = safeguards[i];
        const SafeguardTally t = fleet.bySafeguard.value(s);
        const QRectF label(rect.left(), top + i * rowH, labelW - line * 0.5, rowH);
        p.setPen(Qt::black);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, QStringLiteral("%1 %2").arg(SafeguardInfo::title(s), SafeguardInfo::reference(s)));
        const QRectF bar(rect.left() + labelW, top + i * rowH + rowH * 0.18, rect.width() - labelW - line * 3.5, rowH * 0.64);
        qreal x = bar.left();
        const int total = qMax(1, t.total());
        for (const auto &[count, color] : {std::pair{t.compliant, kGood}, std::pair{t.nonCompliant, kBad}, std::pair{t.unknown, kUnknown}}) {
            const qreal w = bar.width() * count / total;
            p.fillRect(QRectF(x, bar.top(), w, bar.height()), color);
            x += w;
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(bar.right() + line * 0.3, bar.top(), line * 3.2, bar.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(t.percentCompliant()));
    }
    qreal x = rect.left() + labelW;
    const qreal y = rect.bottom() - legend * 0.8;
    for (const auto &[text, color] : {std::pair{QCoreApplication::translate("ReportChartPainter", "compliant"), kGood},
                                      std::pair{QCoreApplication::translate("ReportChartPainter", "non-compliant"), kBad},
                                      std::pair{QCoreApplication::translate("ReportChartPainter", "unknown"), kUnknown}}) {
        p.fillRect(QRectF(x, y, line * 0.8, line * 0.8), color);
        p.setPen(Qt::black);
        p.drawText(QPointF(x + line, y + line * 0.75), text);
        x += line * 1.4 + p.fontMetrics().horizontalAdvance(text) + line;
    }
}

void bars(QPainter &p, const QRectF &rect, const QString &text, const FleetStatistics::Counts &counts, const QColor &color)
{
    title(p, rect, text);
    const qreal line = p.fontMetrics().height();
    const QRectF plot(rect.left(), rect.top() + line * 2.6, rect.width(), rect.height() - line * 6.4);
    int max = 1;
    for (const auto &c : counts)
        max = qMax(max, c.second);
    const qsizetype n = qMax<qsizetype>(1, counts.size());
    const qreal slot = plot.width() / n;
    p.setPen(kAxis);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Category names wrap at spaces; a single word wider than its slot ("Android" among six OS
    // versions) would run into its neighbour, so the names get a smaller font until every word fits.
    const QFont font = p.font();
    QFont labelFont = font;
    qreal widestWord = 0;
    for (const auto &c : counts)
        for (const QString &word : c.first.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widestWord = qMax<qreal>(widestWord, p.fontMetrics().horizontalAdvance(word));
    if (widestWord > slot * 0.92 && labelFont.pointSizeF() > 0)
        labelFont.setPointSizeF(qMax(labelFont.pointSizeF() * 0.55, labelFont.pointSizeF() * slot * 0.92 / widestWord));
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const qreal h = plot.height() * counts[i].second / max;
        const QRectF bar(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h);
        p.fillRect(bar, color);
        p.setPen(Qt::black);
        p.drawText(QRectF(bar.left() - slot * 0.15, bar.top() - line * 1.2, slot, line * 1.2), Qt::AlignCenter, QString::number(counts[i].second));
        p.setFont(labelFont);
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + line * 0.2, slot, line * 3.6), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   counts[i].first);
        p.setFont(font);
    }
}

void trend(QPainter &p, const QRectF &rect, const QList<ComplianceSnapshot> &snapshots)
{
    title(p, rect, QCoreApplication::translate("ReportChartPainter", "Compliant devices per safeguard, by day (%)"));
    const qreal line = p.fontMetrics().height();
    const QRectF plot(rect.left() + line * 2.5, rect.top() + line * 2, rect.width() - line * 3, rect.height() - line * 6.8);
    p.setPen(kAxis);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    for (int pct : {0, 50, 100})
        p.drawText(QRectF(rect.left(), plot.bottom() - plot.height() * pct / 100 - line / 2, line * 2.2, line), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(pct));
    QMap<qint64, int> dayIndex;
    for (const ComplianceSnapshot &s : snapshots)
        dayIndex.insert(s.day, 0);
    int i = 0;
    for (auto it = dayIndex.begin(); it != dayIndex.end(); ++it)
        it.value() = i++;
    if (dayIndex.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, QCoreApplication::translate("ReportChartPainter", "No daily snapshots in this period yet."));
        return;
    }
    const qreal step = dayIndex.size() > 1 ? plot.width() / (dayIndex.size() - 1) : 0;
    const qreal x0 = dayIndex.size() > 1 ? plot.left() : plot.center().x(); // one day: in the middle
    const QList<Safeguard> safeguards = SafeguardInfo::perDevice();
    for (int k = 0; k < safeguards.size(); ++k) {
        QPainterPath path;
        bool first = true;
        for (const ComplianceSnapshot &s : snapshots) {
            if (s.safeguard != safeguards[k])
                continue;
            const QPointF pt(x0 + dayIndex.value(s.day) * step, plot.bottom() - plot.height() * s.tally.percentCompliant() / 100.0);
            if (first)
                path.moveTo(pt);
            else
                path.lineTo(pt);
            first = false;
            p.setBrush(SeriesPalette::color(k));
            p.setPen(Qt::NoPen);
            p.drawEllipse(pt, line * 0.15, line * 0.15);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(SeriesPalette::color(k), line * 0.08));
        p.drawPath(path);
    }
    // Legend in up to two rows under the plot.
    qreal x = plot.left(), y = rect.bottom() - line * 2.1;
    for (int k = 0; k < safeguards.size(); ++k) {
        const QString name = SafeguardInfo::title(safeguards[k]);
        const qreal w = line * 1.6 + p.fontMetrics().horizontalAdvance(name);
        if (x + w > rect.right() && x > plot.left()) {
            x = plot.left();
            y += line * 1.2;
        }
        p.fillRect(QRectF(x, y, line * 0.7, line * 0.7), SeriesPalette::color(k));
        p.setPen(Qt::black);
        p.drawText(QPointF(x + line * 0.9, y + line * 0.65), name);
        x += w;
    }
    p.setPen(kAxis);
    const auto firstDay = QDateTime::fromSecsSinceEpoch(dayIndex.firstKey(), Qt::UTC).date().toString(Qt::ISODate);
    const auto lastDay = QDateTime::fromSecsSinceEpoch(dayIndex.lastKey(), Qt::UTC).date().toString(Qt::ISODate);
    if (firstDay == lastDay) { // one day: its date once, under its points
        p.drawText(QRectF(plot.left(), plot.bottom() + line * 0.2, plot.width(), line * 1.2), Qt::AlignHCenter, firstDay);
        return;
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + line * 0.2, plot.width(), line * 1.2), Qt::AlignLeft, firstDay);
    p.drawText(QRectF(plot.left(), plot.bottom() + line * 0.2, plot.width(), line * 1.2), Qt::AlignRight, lastDay);
}

} // namespace ReportChartPainter
