#pragma once

#include <QString>

// How to wake one device: an APNs device token with its PushMagic and topic (from the Apple
// TokenUpdate check-in), or an FCM registration token (from the Android agent).
struct PushToken {
    enum class Service { Apns, Fcm };
    qint64 deviceId = 0;
    Service service = Service::Apns;
    QString token;     // APNs: lowercase hex of the device token; FCM: the registration token
    QString pushMagic; // APNs MDM only
    QString topic;     // APNs MDM only: the push certificate's subject UID
    QString state = QStringLiteral("active"); // active, unregistered, invalid
    QString stateReason;
    qint64 stateChangedAt = 0;
    qint64 updatedAt = 0;
};
