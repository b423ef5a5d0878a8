#pragma once

#include <QByteArray>
#include <QString>

// One row of the commands table: a request queued for a device until the device fetches it.
struct DeviceCommand {
    qint64 id = 0;
    QString uuid;
    qint64 deviceId = 0;
    QString requestType; // the platform's own name: DeviceLock, EraseDevice, LOCK, WIPE, ...
    QByteArray payload;  // JSON
    int priority = 0;
    QString status = QStringLiteral("queued"); // queued, sent, acknowledged, error, notnow, cancelled, expired
    int attempts = 0;
    QString queuedBy;
    qint64 queuedAt = 0; // epoch seconds, UTC
    qint64 sentAt = 0;   // 0: not yet
    qint64 completedAt = 0;
};
