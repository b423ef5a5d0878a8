#pragma once

#include "fleet/DeviceTypes.h"

#include <QString>

// One row of the enrollments table as the Apple enrollment flow uses it: a one-time link (only the
// SHA-256 of its token is stored) tagged with the ownership model the enrolled device gets.
struct AppleEnrollment {
    qint64 id = 0;
    qint64 deviceId = 0; // 0 until the device authenticated
    Ownership ownership = Ownership::COPE;
    QString department;
    QString tokenHash; // hex SHA-256 of the link's token
    QString identitySha256; // hex SHA-256 of the bound identity certificate
    QString state = QStringLiteral("open"); // open, used, expired, revoked
    QString createdBy;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 completedAt = 0;
};
