#pragma once

#include "commands/DeviceCommand.h"

#include <QString>

// A queued or finished command as the console lists it: the command, the device it is for and the
// device's last answer to it (the Error / ErrorChain text when the device refused it).
struct CommandOverview {
    DeviceCommand command;
    QString deviceName;
    QString devicePlatform; // ios, ipados, android
    QString deviceOwnership;
    QString resultDetail;   // empty until the device answered with an error
};

// Which commands the console lists: newest first, optionally one device and one status.
struct CommandListQuery {
    qint64 deviceId = 0;   // 0: every device
    QString status;        // empty: any status
    QString text;          // matched against request type, device name and queued-by
    int offset = 0;
    int limit = 200;
};
