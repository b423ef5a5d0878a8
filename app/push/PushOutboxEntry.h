#pragma once

#include <QString>

// One wake waiting in the outbox (table push_outbox).
struct PushOutboxEntry {
    qint64 id = 0;
    qint64 deviceId = 0;
    QString origin; // "command <uuid>", "manual by <admin>"
    qint64 createdAt = 0;
    qint64 nextAttemptAt = 0;
    int attempts = 0;
    QString lastError;
};
