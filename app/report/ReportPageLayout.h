#pragma once

#include "report/ReportTable.h"

#include <QFont>
#include <QHash>
#include <QRectF>

#include <functional>

class QPagedPaintDevice;
class QPainter;

// Flows headings, paragraphs, tables and fixed-height blocks (charts) down A4 pages with a header
// and a "Page X of Y" footer on every page. Runs twice: first without a painter to count pages
// (and measure rows, cached for the second run), then painting. Table rows never split; a table
// that continues on a new page repeats its header row.
class ReportPageLayout
{
public:
    struct Cache {
        QHash<QString, QList<qreal>> rowHeights; // table id -> height of each row
    };

    ReportPageLayout(QPagedPaintDevice &device, QPainter *painter, Cache &cache, const QString &headerText, int totalPages);

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text);
    void table(const ReportTable &table);
    // Keeps `height` (in points of the page, 72 per inch) together and calls `draw` in that rectangle.
    void block(qreal heightPoints, const std::function<void(QPainter &, const QRectF &)> &draw);
    void spacer(qreal points);
    void newPage();
    void finish(); // draws the last page's furniture

    // Called after each finished page with its number; false stops the layout (the rest of the
    // document is skipped): progress and cancel for long reports, and "first pages only" for previews.
    void setPageHook(std::function<bool(int page)> hook) { m_pageHook = std::move(hook); }
    // Replaces the device's newPage() (a preview paints each page into its own image).
    void setPageTurner(std::function<void()> turner) { m_pageTurner = std::move(turner); }
    bool stopped() const { return m_stopped; }

    int pages() const { return m_page; }
    qreal pointsToDevice(qreal pt) const { return pt * m_scale; }
    QRectF contentRect() const;

private:
    void startPage();
    void furniture();
    void ensure(qreal height);
    qreal textHeight(const QFont &font, const QString &text, qreal width) const;
    void drawHeaderRow(const ReportTable &t, const QList<qreal> &xs, qreal rowH);
    QList<qreal> rowHeights(const ReportTable &t, const QList<qreal> &widths);

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    Cache &m_cache;
    QString m_header;
    int m_total;
    int m_page = 0;
    qreal m_scale = 1;
    qreal m_y = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_width = 0;
    QFont m_body, m_small, m_bold, m_h1, m_h2;
    std::function<bool(int)> m_pageHook;
    std::function<void()> m_pageTurner;
    bool m_stopped = false;
};
