#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// One entry of the audit trail. `hash` chains it to the entry before (see AuditLog).
struct AuditEvent {
    qint64 id = 0;
    QDateTime occurredAt; // UTC
    QString actor;
    QString actorRole;
    std::optional<qint64> deviceId;
    QString action;  // dotted name, e.g. "device.import", "admin.signin"
    QString outcome; // "success", "failure", "refused"
    QString details;
    QString prevHash;
    QString hash;
};
