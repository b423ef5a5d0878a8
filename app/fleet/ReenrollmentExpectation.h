#pragma once

#include <QString>

// An administrator's word that a device record will be claimed by a new identity (the device was
// wiped or factory-reset and enrolls again), until expiresAt. Used once.
struct ReenrollmentExpectation {
    qint64 id = 0;
    qint64 deviceId = 0;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 consumedAt = 0; // 0: not used yet
    QString consumedBy;    // SHA-256 of the identity certificate that claimed the record
};
