#include "android/ProvisioningSheet.h"

#include "core/OwnerOnlyFile.h"
#include "security/QrCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ProvisioningSheet", text); }
}

ProvisioningSheet::ProvisioningSheet(const AndroidProvisioningPayload &payload, const QString &clinicName,
                                     const QString &ownership, const QString &expiresText)
    : m_payload(payload), m_clinic(clinicName), m_ownership(ownership), m_expires(expiresText)
{
}

QImage ProvisioningSheet::qrImage(int scale) const
{
    return QrCode::encode(QString::fromUtf8(m_payload.toCompactJson())).toImage(scale);
}

void ProvisioningSheet::paint(QPainter &p, const QRect &page) const
{
    p.fillRect(page, Qt::white);
    p.setPen(Qt::black);
    // Text needs fonts, which need a GUI application: the command line's sheet is the code alone.
    const bool withText = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    const int margin = page.width() / 12;
    QRect text = page.adjusted(margin, margin, -margin, -margin);
    QFont title = p.font();
    title.setPixelSize(page.width() / 28);
    title.setBold(true);
    const QImage qr = qrImage(1);
    const int side = page.width() * 6 / 10;
    const QRect qrRect(page.center().x() - side / 2, text.top() + page.width() / 10, side, side);
    p.drawImage(qrRect, qr); // nearest-neighbour scaling keeps the modules sharp
    if (!withText)
        return;
    p.setFont(title);
    p.drawText(text, Qt::AlignTop | Qt::AlignHCenter, tr("%1 — Android enrollment").arg(m_clinic));
    QFont body = p.font();
    body.setPixelSize(page.width() / 50);
    body.setBold(false);
    p.setFont(body);
    const QRect below(text.left(), qrRect.bottom() + page.width() / 30, text.width(), text.bottom() - qrRect.bottom());
    p.drawText(below, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
               tr("Ownership: %1\nValid once, until %2.\n\n1. Factory-reset the device (or take it out of the box).\n"
                  "2. On the welcome screen, tap the same spot six times.\n3. Scan this code; the device downloads the "
                  "ClinicMDM agent, encrypts itself and enrolls with %3.\n\nThis sheet carries a one-time enrollment token%4: "
                  "keep it like a key and shred it after use.")
                   .arg(m_ownership, m_expires, m_payload.consoleUrl,
                        m_payload.wifiSsid.isEmpty() ? QString() : tr(" and the Wi-Fi password")));
}

QImage ProvisioningSheet::sheetImage() const
{
    QImage sheet(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi
    QPainter p(&sheet);
    paint(p, sheet.rect());
    return sheet;
}

Status ProvisioningSheet::save(const QString &path) const
{
    // The QR code carries the enrollment token (and Wi-Fi credentials when set): owner-only file.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !OwnerOnlyFile::restrict(file))
        return Status::failure(ErrorCode::Failure, tr("Cannot write %1.").arg(path));
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(tr("Android enrollment"));
        QPainter p;
        if (!p.begin(&pdf))
            return Status::failure(ErrorCode::Failure, tr("Cannot write %1.").arg(path));
        paint(p, QRect(QPoint(0, 0), QSize(pdf.width(), pdf.height())));
        p.end();
        return Status::success();
    }
    if (!sheetImage().save(&file, "PNG"))
        return Status::failure(ErrorCode::Failure, tr("Cannot write %1.").arg(path));
    return Status::success();
}
