#pragma once

#include <QString>

// How one push attempt ended, in the terms delivery acts on (APNs and FCM alike).
struct PushResult {
    enum class Outcome {
        Delivered,           // accepted by the push service
        Unregistered,        // the token is dead (APNs 410, FCM UNREGISTERED): keep the device, mark it unreachable
        Invalid,             // the token does not fit (BadDeviceToken, DeviceTokenNotForTopic: wrong environment or topic)
        CredentialsRejected, // APNs 403, FCM 401/403: the certificate or key is refused (alarm)
        Retry,               // 429, 5xx, resets, GOAWAY, timeouts: try again later
        Rejected,            // any other 4xx: not retried, the reason recorded
    };
    Outcome outcome = Outcome::Retry;
    int httpStatus = 0;
    QString reason;          // the service's reason ("Unregistered", "UNREGISTERED", "QUOTA_EXCEEDED") or the transport error
    qint64 timestamp = 0;    // APNs 410: when the token stopped being valid (epoch seconds)
    qint64 retryAfterSeconds = 0;
    QString id;              // apns-id or the FCM message name

    static QString outcomeName(Outcome o)
    {
        switch (o) {
        case Outcome::Delivered: return QStringLiteral("delivered");
        case Outcome::Unregistered: return QStringLiteral("unregistered");
        case Outcome::Invalid: return QStringLiteral("invalid");
        case Outcome::CredentialsRejected: return QStringLiteral("credentials-rejected");
        case Outcome::Retry: return QStringLiteral("retrying");
        case Outcome::Rejected: return QStringLiteral("failed");
        }
        return {};
    }
};
