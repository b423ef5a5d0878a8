#pragma once

#include "core/Status.h"
#include "security/Actor.h"
#include "shared/DeviceSession.h"

#include <optional>

class Database;

// The writes behind every session change — the device_sessions row and its audit entry
// (session.signin / session.signout) — inside the CALLER's transaction, so a batch of reported
// events, or a command answer that ends a session, commits or rolls back as one.
class SessionRecorder
{
public:
    explicit SessionRecorder(Database &db) : m_db(db) {}

    // Opens `userName`'s session; a session still open is ended first as 'superseded'.
    Status signIn(qint64 deviceId, const QString &userName, qint64 at, const QString &source, const Actor &actor);
    // Ends the open session with `reason`. `userName` empty: whoever is signed in. Conflict when
    // nobody (or somebody else) is. `note` is appended to the audit details (e.g. "via=LogOutUser").
    Status signOut(qint64 deviceId, const QString &userName, qint64 at, const QString &reason, const Actor &actor,
                   const QString &note = {}, std::optional<DeviceSession> *ended = nullptr);

    static Actor deviceActor(qint64 deviceId) { return {QStringLiteral("device:%1").arg(deviceId), QStringLiteral("Device")}; }

private:
    Database &m_db;
};
