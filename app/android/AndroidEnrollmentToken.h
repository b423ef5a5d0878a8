#pragma once

#include "fleet/DeviceTypes.h"

#include <QString>

// One row of the enrollments table as the Android agent protocol uses it: a one-time token (only
// its SHA-256 is stored) that buys one device credential.
struct AndroidEnrollmentToken {
    qint64 id = 0;
    QString method; // usb, qr, token
    Ownership ownership = Ownership::COPE;
    QString department;
    qint64 policyId = 0; // 0: the ownership's baseline
    QString state;       // open, used, expired, revoked
    qint64 deviceId = 0;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};
