#pragma once

#include <QString>

// Where one catalog app stands on one device: reported installed (with the version the device
// reported), an install or removal on its way, removed, failed (with the device's answer), or absent.
struct AppInstallState {
    qint64 deviceId = 0;
    QString deviceName;
    QString state;           // installed, pending, removing, removed, failed, not_installed
    QString installedVersion;
    QString detail;          // the device's error, when failed
    qint64 reportedAt = 0;   // when the device last said so (its app list, or its answer); 0: never
};
