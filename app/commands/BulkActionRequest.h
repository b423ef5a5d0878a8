#pragma once

#include "core/Status.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One action for many devices: which (a DeviceActionCatalog id that accepts several devices) and
// what it needs.
struct BulkActionRequest {
    QString action;
    QString message; // lock: the lock screen's message
    QString phone;   // lock: the number to call
    qint64 targetId = 0; // add-to-group: the group; assign-policy: the policy; install-app: the app
};

// What became of one device.
struct BulkActionOutcome {
    qint64 deviceId = 0;
    QString deviceName;
    Status status; // success: queued (or done); else the refusal and its reason
    bool canceled = false; // not reached: the admin canceled first (nothing done, nothing audited)
};
Q_DECLARE_METATYPE(BulkActionOutcome)
