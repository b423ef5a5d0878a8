#include "privacy/PrivacyManifestPdfWriter.h"

#include "core/AppInfo.h"
#include "core/OwnerOnlyFile.h"
#include "privacy/PrivacyManifestRules.h"
#include "privacy/PrivacyManifestText.h"
#include "report/ReportPageLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PrivacyManifestPdfWriter", text); }

// Larger than the report's body text: a clinician reads this, not an auditor.
QFont itemFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(9.5);
    f.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text stays searchable
    return f;
}

void setUp(QPdfWriter &w, const PrivacyManifest &m)
{
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    w.setResolution(144);
    w.setTitle(tr("Privacy manifest — %1").arg(m.deviceName));
    w.setCreator(QStringLiteral("ClinicMDM %1").arg(AppInfo::version()));
}

// One section as bullets with a hanging indent, each kept whole on a page.
void bullets(ReportPageLayout &l, QPagedPaintDevice &device, const QList<PrivacyManifest::Item> &items, const QColor &mark)
{
    const QFont font = itemFont();
    const QFontMetricsF fm(font, &device);
    const qreal indent = l.pointsToDevice(14);
    const qreal width = l.contentRect().width() - indent;
    for (const PrivacyManifest::Item &item : items) {
        const qreal h = fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, item.text).height();
        l.block(h / l.pointsToDevice(1) + 4, [&](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(mark);
            p.drawText(QRectF(r.left() + l.pointsToDevice(3), r.top(), indent, h), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("•"));
            p.setPen(Qt::black);
            p.drawText(QRectF(r.left() + indent, r.top(), width, h), Qt::TextWordWrap, item.text);
        });
    }
}

void signatures(ReportPageLayout &l)
{
    l.block(92, [&l](QPainter &p, const QRectF &r) {
        const qreal column = r.width() / 2;
        const QStringList who{tr("Clinician"), tr("For the clinic's IT")};
        const QStringList lines{tr("Name"), tr("Signature"), tr("Date")};
        QFont bold = p.font();
        bold.setBold(true);
        const QFont plain = p.font();
        for (int c = 0; c < 2; ++c) {
            const qreal x = r.left() + c * column;
            const qreal w = column - l.pointsToDevice(24);
            p.setFont(bold);
            p.setPen(QColor(21, 54, 94));
            p.drawText(QRectF(x, r.top(), w, l.pointsToDevice(12)), Qt::AlignLeft | Qt::AlignTop, who[c]);
            p.setFont(plain);
            for (int i = 0; i < lines.size(); ++i) {
                const qreal y = r.top() + l.pointsToDevice(38 + i * 24);
                p.setPen(QPen(QColor(97, 97, 97), l.pointsToDevice(0.6)));
                p.drawLine(QPointF(x, y), QPointF(x + w, y));
                p.drawText(QRectF(x, y + l.pointsToDevice(2), w, l.pointsToDevice(10)), Qt::AlignLeft | Qt::AlignTop, lines[i]);
            }
        }
    });
}

void render(ReportPageLayout &l, QPagedPaintDevice &device, const PrivacyManifest &m)
{
    l.heading(tr("Privacy manifest: your device and the clinic's IT"), 1);
    ReportTable facts{QStringLiteral("privacy_facts"), {}, {}, {tr("Item"), tr("Value")}, {2, 7}, {}, -1};
    for (const auto &row : PrivacyManifestText::facts(m))
        facts.rows << QStringList{row.first, row.second.isEmpty() ? tr("(not set)") : row.second};
    l.table(facts);
    l.paragraph(PrivacyManifestText::introduction(m));
    for (PrivacyManifest::Section s : PrivacyManifest::sections()) {
        const bool can = s == PrivacyManifest::Section::ItCanSee || s == PrivacyManifest::Section::ItCanDo;
        l.heading(PrivacyManifestRules::sectionTitle(s), 2);
        bullets(l, device, m.items(s), can ? QColor(21, 101, 192) : QColor(46, 125, 50));
    }
    l.heading(tr("Acknowledgement"), 2);
    l.paragraph(tr("I have received this manifest and understand what the clinic's IT can and cannot see and do on this device."));
    l.spacer(4);
    signatures(l);
    l.finish();
}

} // namespace

namespace PrivacyManifestPdfWriter {

Status write(const PrivacyManifest &m, const QString &path)
{
    const QString header = tr("%1 — privacy manifest for %2, generated %3")
                               .arg(m.clinicName, m.deviceName, m.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
    // Pass 1 counts the pages for "Page X of Y" (ReportPageLayout's two-pass scheme).
    ReportPageLayout::Cache cache;
    int pages = 0;
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter measure(&scratch);
        setUp(measure, m);
        ReportPageLayout layout(measure, nullptr, cache, header, 0);
        render(layout, measure, m);
        pages = layout.pages();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !OwnerOnlyFile::restrict(file))
        return Status::failure(ErrorCode::Failure, tr("Cannot write %1: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    setUp(writer, m);
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(ErrorCode::Failure, tr("Cannot start the PDF %1.").arg(path));
    ReportPageLayout layout(writer, &painter, cache, header, pages);
    render(layout, writer, m);
    painter.end();
    file.close();
    if (file.error() != QFileDevice::NoError)
        return Status::failure(ErrorCode::Failure, tr("Writing %1 failed: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace PrivacyManifestPdfWriter
