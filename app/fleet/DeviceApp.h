#pragma once

#include <QString>

// One installed app as a device reported it (bundle id on Apple, package name on Android).
struct DeviceApp {
    QString identifier;
    QString name;
    QString version;
    bool managed = false;
    qint64 reportedAt = 0;
};
