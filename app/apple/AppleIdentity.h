#pragma once

#include "fleet/DeviceTypes.h"

#include <QString>

// A device identity certificate the console issued through SCEP, and what it is bound to.
struct AppleIdentity {
    QString sha256; // hex, of the certificate's DER
    qint64 enrollmentId = 0;
    qint64 deviceId = 0; // 0 until Authenticate bound it
    QString state = QStringLiteral("issued"); // issued, bound, retired
    Ownership ownership = Ownership::COPE; // the enrollment's
    qint64 notAfter = 0;
};
