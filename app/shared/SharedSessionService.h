#pragma once

#include "core/Status.h"
#include "shared/DeviceSession.h"

#include <QStringList>
#include <functional>
#include <optional>

class AdminSession;
class Database;

// Shared clinical tablets: the sign-ins and sign-outs a device or its agent reports become
// sessions, so "who held tablet X at 14:05 on Tuesday" has an answer; each is also an audit entry
// (session.signin / session.signout) so the audit export answers it too. "Reset for next patient"
// ends the session and clears the patient apps' data.
class SharedSessionService
{
public:
    using Clock = std::function<qint64()>;
    explicit SharedSessionService(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Reported by the device (source: agent, apple). Only devices marked Shared keep sessions.
    Status signIn(qint64 deviceId, const QString &userName, qint64 at, const QString &source);
    Status signOut(qint64 deviceId, const QString &userName, qint64 at, const QString &reason);
    std::optional<DeviceSession> whoHeld(qint64 deviceId, qint64 at) const;

    struct ResetOutcome {
        int commandsQueued = 0;
        std::optional<DeviceSession> endedSession;
    };
    // Android: CLEAR_APP_DATA for each patient app assigned to the device's groups; Apple: the apps
    // are removed and installed again (which is how iOS clears an app's data). Technicians may.
    Status resetForNextPatient(const AdminSession &admin, qint64 deviceId, ResetOutcome &outcome);

private:
    Status checkShared(qint64 deviceId) const;

    Database &m_db;
    Clock m_clock;
};
