#pragma once

#include "core/Status.h"
#include "shared/DeviceSession.h"

#include <QList>
#include <optional>

class Database;

// All SQL for device_sessions.
class DeviceSessionRepository
{
public:
    explicit DeviceSessionRepository(Database &db);

    Status open(DeviceSession &session); // sets session.id
    // Ends the device's open session, if any; `ended` receives it.
    Status closeOpen(qint64 deviceId, qint64 at, const QString &reason, std::optional<DeviceSession> *ended = nullptr);
    std::optional<DeviceSession> openSession(qint64 deviceId) const;
    // The session that covered `at` (started at or before it, not ended before it).
    std::optional<DeviceSession> at(qint64 deviceId, qint64 when) const;
    // Newest first, within [from, to] (0: unbounded).
    QList<DeviceSession> list(qint64 deviceId, qint64 from = 0, qint64 to = 0, int limit = 500) const;
    // The session `userName` started at exactly `startedAt` (a replayed sign-in already stored).
    std::optional<DeviceSession> startedAt(qint64 deviceId, const QString &userName, qint64 startedAt) const;
    std::optional<DeviceSession> latest(qint64 deviceId) const;
    // Every device's open session, oldest first (the timeout sweep).
    QList<DeviceSession> openSessions() const;

private:
    Database &m_db;
};
