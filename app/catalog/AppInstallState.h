#pragma once

#include <QString>

// Where one catalog app stands on one device: reported installed (with the version the device
// reported), an install or removal on its way, failed (with the device's answer), or absent.
struct AppInstallState {
    qint64 deviceId = 0;
    QString deviceName;
    QString state;           // installed, pending, failed, not_installed
    QString installedVersion;
    QString detail;          // the device's error, when failed
};
