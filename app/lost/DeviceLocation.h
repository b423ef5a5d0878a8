#pragma once

#include <QString>
#include <QUrl>

// One location a device in Lost Mode reported (DeviceLocation answer). Negative accuracy, altitude,
// speed or course: unknown, as Apple reports them.
struct DeviceLocation {
    qint64 id = 0;
    qint64 deviceId = 0;
    QString commandUuid;
    double latitude = 0;
    double longitude = 0;
    double horizontalAccuracy = -1; // metres
    double verticalAccuracy = -1;   // metres
    double altitude = -1;           // metres
    double speed = -1;              // metres per second
    double course = -1;             // degrees
    qint64 locatedAt = 0;           // epoch seconds, UTC: when the device determined it
    qint64 receivedAt = 0;          // epoch seconds, UTC: when the console stored it

    // The place on OpenStreetMap (no account, no API key; the console sends nothing itself).
    QUrl mapUrl() const
    {
        const QString lat = QString::number(latitude, 'f', 6);
        const QString lon = QString::number(longitude, 'f', 6);
        return QUrl(QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=17/%1/%2").arg(lat, lon));
    }
};
