#pragma once

#include "compliance/ComplianceState.h"
#include "fleet/DeviceTypes.h"

#include <QDateTime>
#include <QString>

// One managed phone or tablet, as the fleet database holds it.
struct Device {
    qint64 id = 0;
    QString name;
    Platform platform = Platform::iOS;
    QString udid;
    QString serial;
    QString imei;
    QString model;
    QString osVersion;
    Ownership ownership = Ownership::COPE;
    QString department;
    QString assignedTo;
    EnrollmentState state = EnrollmentState::Pending;
    QDateTime lastSeen; // invalid: never checked in
    QDateTime createdAt;
    QDateTime updatedAt;
    // Stored by ComplianceService::storeVerdicts, read-only everywhere else.
    ComplianceState compliance = ComplianceState::Unknown;
    QString policyLabel; // "Shared tablets v3"; empty: no policy assigned
};
