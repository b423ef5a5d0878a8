#pragma once

#include <QString>

// An enrolled Android agent: which client certificate speaks for which device.
struct AndroidAgent {
    qint64 deviceId = 0;
    QString certSha256; // lowercase hex
    qint64 certNotAfter = 0;
    qint64 enrollmentId = 0;
    QString managementMode; // device_owner, work_profile, org_owned_work_profile
    QString policyVersionSent;
    QString policyVersionApplied;
    bool revoked = false;
    qint64 enrolledAt = 0;
    qint64 lastCheckInAt = 0; // 0: enrolled, never checked in
};
