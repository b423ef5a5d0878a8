#pragma once

#include <QString>

// The last push to one device and how it ended (table push_delivery).
struct PushDelivery {
    qint64 deviceId = 0;
    qint64 lastPushAt = 0;
    // delivered, retrying, unregistered, invalid, failed, no-channel, no-credentials
    QString result;
    QString reason;
    int attempts = 0;
};
