#pragma once

#include "core/Status.h"
#include "push/PushToken.h"

#include <optional>

class Database;

// All SQL for push_tokens.
class PushTokenRepository
{
public:
    explicit PushTokenRepository(Database &db);

    // Inserts or replaces the device's channel; a new token makes the channel active again.
    Status upsert(const PushToken &token);
    std::optional<PushToken> find(qint64 deviceId) const;
    // active, unregistered (410 / UNREGISTERED) or invalid (BadDeviceToken, wrong topic) with the reason.
    Status setState(qint64 deviceId, const QString &state, const QString &reason, qint64 when);
    Status remove(qint64 deviceId);

    static QString serviceName(PushToken::Service s);

private:
    Database &m_db;
};
