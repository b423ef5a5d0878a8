#pragma once

#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceTypes.h"

#include <QHash>
#include <QString>

// What compliance evaluation needs of one managed device: who it is and what it last reported.
struct ComplianceInput {
    qint64 deviceId = 0;
    QString name;
    QString serial;
    Platform platform = Platform::iOS;
    Ownership ownership = Ownership::COPE;
    EnrollmentState state = EnrollmentState::Enrolled;
    QString department;
    QString osVersion;
    qint64 lastSeen = 0; // 0: never checked in
    QHash<QString, ReportedFact> facts;
};
