#pragma once

#include "android/AndroidProvisioningPayload.h"
#include "core/Status.h"

#include <QImage>

// The printable QR provisioning sheet: the code (libqrencode via security/QrCode), the clinic, the
// ownership model, the token's expiry and the six-tap instructions. As a PNG or a one-page PDF.
class ProvisioningSheet
{
public:
    ProvisioningSheet(const AndroidProvisioningPayload &payload, const QString &clinicName, const QString &ownership,
                      const QString &expiresText);

    QImage qrImage(int scale = 6) const;
    QImage sheetImage() const; // A4 at 150 dpi
    // .png or .pdf by the file's suffix.
    Status save(const QString &path) const;

private:
    void paint(class QPainter &painter, const QRect &page) const;
    AndroidProvisioningPayload m_payload;
    QString m_clinic;
    QString m_ownership;
    QString m_expires;
};
