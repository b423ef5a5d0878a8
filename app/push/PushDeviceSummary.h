#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// What the console shows about one device's push channel: the service and its state, the last
// push, its result and why it failed, and wakes still waiting in the outbox. For `devices show`
// and the device detail pane.
struct PushDeviceSummary {
    QString channel;      // "APNs", "FCM" or empty (no token reported)
    QString channelState; // active, unregistered, invalid
    QString channelReason;
    qint64 lastPushAt = 0;
    QString result;
    QString reason;
    int waiting = 0;

    static PushDeviceSummary load(Database &db, qint64 deviceId);
    // Translated label/value rows.
    QList<QPair<QString, QString>> rows() const;
    QJsonObject toJson() const;
};
