#pragma once

#include <QList>
#include <QString>

// One device as the adb server lists it (host:devices-l / host:track-devices-l).
struct AdbDevice {
    QString serial;
    QString state; // device, unauthorized, offline, recovery, sideload, bootloader, no permissions, ...
    QString model; // model: from the -l listing (underscores for spaces), may be empty
    QString product;
    QString deviceName;
    QString transportId;
    QString usb;

    bool isReady() const { return state == QLatin1String("device"); }
    bool isUnauthorized() const { return state == QLatin1String("unauthorized"); }
    bool operator==(const AdbDevice &) const = default;

    // Parses the long or short listing, one device per line.
    static QList<AdbDevice> parseList(const QByteArray &text);
};
