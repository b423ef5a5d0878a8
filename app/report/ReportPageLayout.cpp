#include "report/ReportPageLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace {
constexpr qreal kPad = 2.5; // points inside table cells
const QColor kRule(189, 189, 189), kShade(245, 245, 245), kHeaderFill(227, 234, 242);

// Word wrap, and wrapping anywhere only for long unbroken tokens (hashes, fingerprints).
int wrapFlags(const QString &text)
{
    int run = 0;
    for (const QChar ch : text) {
        run = ch.isSpace() ? 0 : run + 1;
        if (run > 40)
            return Qt::TextWordWrap | Qt::TextWrapAnywhere;
    }
    return Qt::TextWordWrap;
}

QColor stateColor(const QString &mark)
{
    if (mark == QLatin1String("OK"))
        return QColor(46, 125, 50);
    if (mark == QLatin1String("FAIL"))
        return QColor(198, 40, 40);
    return QColor(117, 117, 117);
}
} // namespace

ReportPageLayout::ReportPageLayout(QPagedPaintDevice &device, QPainter *painter, Cache &cache, const QString &header, int total)
    : m_device(device), m_painter(painter), m_cache(cache), m_header(header), m_total(total)
{
    m_scale = device.logicalDpiY() / 72.0;
    const QString family = QStringLiteral("DejaVu Sans");
    m_body = QFont(family);
    m_body.setPointSizeF(8.5);
    m_small = QFont(family);
    m_small.setPointSizeF(7);
    m_bold = m_small;
    m_bold.setBold(true);
    m_h1 = QFont(family);
    m_h1.setPointSizeF(15);
    m_h1.setBold(true);
    m_h2 = QFont(family);
    m_h2.setPointSizeF(11);
    m_h2.setBold(true);
    // No shaping, hence no ligatures: "fi" in the PDF stays two letters that pdftotext and an
    // auditor's search find (the report's languages need no shaping).
    for (QFont *f : {&m_body, &m_small, &m_bold, &m_h1, &m_h2})
        f->setStyleStrategy(QFont::PreferNoShaping);
    m_width = device.width();
    m_top = pointsToDevice(26);
    m_bottom = device.height() - pointsToDevice(22);
    startPage();
}

QRectF ReportPageLayout::contentRect() const { return QRectF(0, m_top, m_width, m_bottom - m_top); }

void ReportPageLayout::startPage()
{
    ++m_page;
    m_y = m_top;
}

void ReportPageLayout::furniture()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    p.setFont(m_small);
    p.setPen(QColor(97, 97, 97));
    const qreal line = QFontMetricsF(m_small, &m_device).height();
    p.drawText(QRectF(0, 0, m_width, line), Qt::AlignLeft | Qt::AlignTop, m_header);
    p.setPen(QPen(kRule, pointsToDevice(0.5)));
    p.drawLine(QPointF(0, line * 1.3), QPointF(m_width, line * 1.3));
    p.drawLine(QPointF(0, m_bottom + pointsToDevice(6)), QPointF(m_width, m_bottom + pointsToDevice(6)));
    p.setPen(QColor(97, 97, 97));
    p.drawText(QRectF(0, m_bottom + pointsToDevice(8), m_width, line), Qt::AlignRight | Qt::AlignTop,
               QCoreApplication::translate("ReportPageLayout", "Page %1 of %2").arg(m_page).arg(m_total));
}

void ReportPageLayout::newPage()
{
    if (m_stopped)
        return;
    furniture();
    if (m_pageHook && !m_pageHook(m_page)) {
        m_stopped = true;
        return;
    }
    if (m_painter)
        m_pageTurner ? m_pageTurner() : void(m_device.newPage());
    startPage();
}

void ReportPageLayout::finish()
{
    if (!m_stopped)
        furniture();
}

void ReportPageLayout::ensure(qreal height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

void ReportPageLayout::spacer(qreal points) { m_y += pointsToDevice(points); }

qreal ReportPageLayout::textHeight(const QFont &font, const QString &text, qreal width) const
{
    const QFontMetricsF fm(font, &m_device);
    if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width)
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, width, 1e6), wrapFlags(text), text).height();
}

void ReportPageLayout::heading(const QString &text, int level)
{
    if (m_stopped)
        return;
    const QFont &f = level <= 1 ? m_h1 : m_h2;
    const qreal h = textHeight(f, text, m_width);
    // A heading never ends a page alone: keep room for a few lines after it.
    ensure(h + pointsToDevice(level <= 1 ? 70 : 50));
    if (m_stopped)
        return;
    m_y += pointsToDevice(level <= 1 ? 6 : 8);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(QColor(21, 54, 94));
        m_painter->drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
    }
    m_y += h + pointsToDevice(4);
}

void ReportPageLayout::paragraph(const QString &text)
{
    if (text.isEmpty() || m_stopped)
        return;
    const qreal h = textHeight(m_body, text, m_width);
    ensure(h);
    if (m_stopped)
        return;
    if (m_painter) {
        m_painter->setFont(m_body);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
    }
    m_y += h + pointsToDevice(5);
}

void ReportPageLayout::block(qreal heightPoints, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    const qreal h = pointsToDevice(heightPoints);
    ensure(h);
    if (m_painter && !m_stopped) {
        m_painter->save();
        m_painter->setFont(m_small);
        draw(*m_painter, QRectF(0, m_y, m_width, h));
        m_painter->restore();
    }
    m_y += h;
}

QList<qreal> ReportPageLayout::rowHeights(const ReportTable &t, const QList<qreal> &widths)
{
    auto cached = m_cache.rowHeights.constFind(t.id);
    if (cached != m_cache.rowHeights.constEnd() && cached->size() == t.rows.size())
        return *cached;
    QList<qreal> out;
    out.reserve(t.rows.size());
    const qreal pad = pointsToDevice(kPad);
    for (const QStringList &row : t.rows) {
        qreal h = 0;
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            h = qMax(h, textHeight(m_small, row[c], widths[c] - 2 * pad));
        out << h + 2 * pad;
    }
    m_cache.rowHeights.insert(t.id, out);
    return out;
}

void ReportPageLayout::drawHeaderRow(const ReportTable &t, const QList<qreal> &xs, qreal rowH)
{
    if (m_painter) {
        QPainter &p = *m_painter;
        const qreal pad = pointsToDevice(kPad);
        p.fillRect(QRectF(0, m_y, m_width, rowH), kHeaderFill);
        p.setFont(m_bold);
        p.setPen(Qt::black);
        for (qsizetype c = 0; c < t.headers.size(); ++c)
            p.drawText(QRectF(xs[c] + pad, m_y + pad, xs[c + 1] - xs[c] - 2 * pad, rowH - 2 * pad), Qt::TextWordWrap, t.headers[c]);
    }
    m_y += rowH;
}

void ReportPageLayout::table(const ReportTable &t)
{
    if (m_stopped)
        return;
    qreal sum = 0;
    for (qreal w : t.widths)
        sum += w;
    QList<qreal> widths, xs{0};
    for (qreal w : t.widths) {
        widths << m_width * w / sum;
        xs << xs.last() + widths.last();
    }
    const qreal pad = pointsToDevice(kPad);
    qreal headerH = 0;
    for (qsizetype c = 0; c < t.headers.size(); ++c)
        headerH = qMax(headerH, textHeight(m_bold, t.headers[c], widths[c] - 2 * pad));
    headerH += 2 * pad;
    const QList<qreal> heights = rowHeights(t, widths);
    if (t.rows.isEmpty()) {
        paragraph(QCoreApplication::translate("ReportPageLayout", "(none)"));
        return;
    }
    ensure(headerH + heights.value(0));
    if (m_stopped)
        return;
    drawHeaderRow(t, xs, headerH);
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        if (m_y + heights[r] > m_bottom) {
            newPage();
            if (m_stopped)
                return;
            drawHeaderRow(t, xs, headerH);
        }
        if (m_painter) {
            QPainter &p = *m_painter;
            if (r % 2 == 1)
                p.fillRect(QRectF(0, m_y, m_width, heights[r]), kShade);
            p.setFont(m_small);
            const QStringList &row = t.rows[r];
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
                const bool state = t.stateColumnFrom >= 0 && c >= t.stateColumnFrom;
                p.setPen(state ? stateColor(row[c]) : QColor(Qt::black));
                p.drawText(QRectF(xs[c] + pad, m_y + pad, widths[c] - 2 * pad, heights[r] - 2 * pad),
                           wrapFlags(row[c]) | (state ? Qt::AlignHCenter : Qt::AlignLeft), row[c]);
            }
            p.setPen(QPen(kRule, pointsToDevice(0.3)));
            p.drawLine(QPointF(0, m_y + heights[r]), QPointF(m_width, m_y + heights[r]));
        }
        m_y += heights[r];
    }
    m_y += pointsToDevice(6);
}
