#pragma once

#include "fleet/DeviceTypes.h"

#include <QJsonObject>
#include <QString>

// One row of policies: the current version of a named policy. `body` is PolicyJson.
struct PolicyRecord {
    qint64 id = 0;
    QString name;
    QString platform = QStringLiteral("any"); // any, apple, android
    Ownership ownership = Ownership::COPE;
    QString baseline;                          // id of the baseline it was copied from ("" = none)
    int version = 1;
    QJsonObject body;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One row of policy_versions: what a version was, who made it, when.
struct PolicyVersionRecord {
    int version = 0;
    QJsonObject body;
    QString createdBy;
    qint64 createdAt = 0;
};

// One row of policy_assignments, with the target's name for display.
struct PolicyAssignmentRecord {
    qint64 id = 0;
    qint64 policyId = 0;
    qint64 groupId = 0;  // 0 when a device
    qint64 deviceId = 0; // 0 when a group
    QString targetName;
    qint64 createdAt = 0;
};
