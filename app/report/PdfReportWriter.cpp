#include "report/PdfReportWriter.h"

#include "compliance/ComplianceEvaluator.h"
#include "compliance/FleetStatisticsRepository.h"
#include "core/OwnerOnlyFile.h"
#include "report/ReportChartPainter.h"
#include "report/ReportPageLayout.h"
#include "report/ReportTables.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QSaveFile>
#include <QPainter>
#include <QPdfWriter>

namespace {

// A class context (not a free tr() wrapper) so that lupdate extracts these strings into the .ts files.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
};

Status cancelled() { return Status::failure(ErrorCode::Failure, Text::tr("The export was cancelled.")); }

QString headerText(const ComplianceReportData &d)
{
    const QString scope = d.scopeId.isEmpty() || d.scopeId == QLatin1String("fleet") ? QString() : QStringLiteral(" — %1").arg(d.scope);
    return Text::tr("%1 — HIPAA compliance report, %2 to %3").arg(d.clinicName, d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate)) + scope;
}

void setUp(QPdfWriter &w, const ComplianceReportData &d)
{
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    w.setResolution(144);
    w.setTitle(Text::tr("HIPAA compliance report — %1").arg(d.clinicName));
    w.setCreator(QStringLiteral("ClinicMDM %1").arg(d.consoleVersion));
}

void cover(ReportPageLayout &l, const ComplianceReportData &d)
{
    l.spacer(120);
    l.heading(Text::tr("HIPAA Security Rule compliance report"), 1);
    l.heading(d.clinicName.isEmpty() ? Text::tr("(clinic name not set)") : d.clinicName, 2);
    l.spacer(12);
    ReportTable facts{QStringLiteral("cover"), {}, {}, {Text::tr("Item"), Text::tr("Value")}, {2, 5}, {}, -1};
    facts.rows << QStringList{Text::tr("Reporting period"), Text::tr("%1 to %2 (UTC)").arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate))}
               << QStringList{Text::tr("Scope"), d.scope.isEmpty() ? Text::tr("Whole fleet") : d.scope}
               << QStringList{Text::tr("Compliance state as of"), ComplianceEvaluator::when(d.stateAsOf ? d.stateAsOf : d.generatedAt)}
               << QStringList{Text::tr("Prepared by"), d.preparedBy}
               << QStringList{Text::tr("Console"), Text::tr("ClinicMDM %1").arg(d.consoleVersion)};
    l.table(facts);
    l.spacer(12);
    l.paragraph(Text::tr("This report shows, for each HIPAA Security Rule safeguard the console enforces on the clinic's phones and tablets, "
                   "what is enforced, how many devices prove it, and every device that does not, with the value it reported and when. "
                   "Device states come from the devices' own reports at check-in. The audit section states whether the console's "
                   "tamper-evident audit trail verified when this report was produced."));
    l.newPage();
}

void charts(ReportPageLayout &l, const ComplianceReportData &d)
{
    l.heading(Text::tr("Fleet at a glance"), 2);
    l.block(190, [&](QPainter &p, const QRectF &r) { ReportChartPainter::complianceBySafeguard(p, r, d.compliance); });
    l.spacer(8);
    FleetStatistics::Counts freshness;
    for (const auto &c : d.statistics.freshness)
        freshness << qMakePair(FleetStatisticsRepository::freshnessLabel(c.first), c.second);
    FleetStatistics::Counts os = d.statistics.osVersions.mid(0, 6);
    l.block(150, [&](QPainter &p, const QRectF &r) {
        const qreal w = r.width() / 3;
        ReportChartPainter::bars(p, QRectF(r.left(), r.top(), w - 10, r.height()), Text::tr("Ownership"), d.statistics.ownership, QColor(25, 118, 210));
        ReportChartPainter::bars(p, QRectF(r.left() + w, r.top(), w - 10, r.height()), Text::tr("OS versions"), os, QColor(0, 137, 123));
        ReportChartPainter::bars(p, QRectF(r.left() + 2 * w, r.top(), w - 10, r.height()), Text::tr("Last check-in"), freshness, QColor(245, 124, 0));
    });
    l.spacer(8);
    l.block(150, [&](QPainter &p, const QRectF &r) { ReportChartPainter::trend(p, r, d.trend); });
}

void render(ReportPageLayout &l, const ComplianceReportData &d, const QList<ReportTable> &tables)
{
    cover(l, d);
    for (const ReportTable &t : tables) {
        const bool safeguard = t.id.startsWith(QLatin1String("safeguard_"));
        if (t.id == QLatin1String("safeguard_access_control"))
            l.heading(Text::tr("Safeguards"), 1);
        if (t.id == QLatin1String("appendix") || t.id == QLatin1String("non_compliant"))
            l.newPage();
        l.heading(t.title, safeguard || t.id == QLatin1String("summary") ? 2 : 1);
        l.paragraph(t.intro);
        l.table(t);
        if (t.id == QLatin1String("summary"))
            charts(l, d);
    }
    l.finish();
}

} // namespace

namespace PdfReportWriter {

Status write(const ComplianceReportData &data, const QString &path, const Progress &progress, int *pageCount)
{
    const QList<ReportTable> tables = ReportTables::build(data);
    const QString header = headerText(data);
    // Pass 1 on a scratch device counts the pages for "Page X of Y" and measures every row once.
    ReportPageLayout::Cache cache;
    int pages = 0;
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter measure(&scratch);
        setUp(measure, data);
        ReportPageLayout layout(measure, nullptr, cache, header, 0);
        if (progress)
            layout.setPageHook([&progress](int) { return progress(0); });
        render(layout, data, tables);
        if (layout.stopped())
            return cancelled();
        pages = layout.pages();
    }
    // QSaveFile: a failed or cancelled export leaves no partial file behind (nor replaces an old one).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !OwnerOnlyFile::restrict(file))
        return Status::failure(ErrorCode::Failure, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    bool stopped = false;
    {
        QPdfWriter writer(&file);
        setUp(writer, data);
        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(ErrorCode::Failure, Text::tr("Cannot start the PDF %1.").arg(path));
        ReportPageLayout layout(writer, &painter, cache, header, pages);
        if (progress)
            layout.setPageHook([&progress, pages](int page) { return progress(100 * page / qMax(1, pages)); });
        render(layout, data, tables);
        stopped = layout.stopped();
        painter.end();
    }
    if (stopped) {
        file.cancelWriting();
        return cancelled();
    }
    if (!file.commit())
        return Status::failure(ErrorCode::Failure, Text::tr("Writing %1 failed: %2").arg(path, file.errorString()));
    if (pageCount)
        *pageCount = pages;
    return Status::success();
}

QList<QImage> renderPages(const ComplianceReportData &data, int maxPages, int totalPages, qreal scale)
{
    const QList<ReportTable> tables = ReportTables::build(data);
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter metrics(&scratch); // the same page geometry and font metrics as the file
    setUp(metrics, data);
    const QPageLayout page = metrics.pageLayout();
    const QRect full = page.fullRectPixels(metrics.resolution());
    const QRect paintable = page.paintRectPixels(metrics.resolution());
    QList<QImage> images;
    QPainter painter;
    auto startImage = [&] {
        if (painter.isActive())
            painter.end();
        QImage image(full.size() * scale, QImage::Format_RGB32);
        // The image's resolution is the PDF's, scaled: point sizes come out the same size on the page.
        const int dpm = qRound(metrics.resolution() * scale / 0.0254);
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
        image.fill(Qt::white);
        images << image;
        painter.begin(&images.last());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        painter.translate(paintable.topLeft());
    };
    startImage();
    ReportPageLayout::Cache cache;
    ReportPageLayout layout(metrics, &painter, cache, headerText(data), totalPages);
    layout.setPageHook([&images, maxPages](int) { return images.size() < maxPages; });
    layout.setPageTurner(startImage);
    render(layout, data, tables);
    painter.end();
    return images;
}

} // namespace PdfReportWriter
