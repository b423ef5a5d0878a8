#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"
#include "security/Actor.h"
#include "shared/DeviceSession.h"
#include "shared/SessionEvent.h"

#include <QList>
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
    // The clinician signed in on the device now, if any.
    std::optional<DeviceSession> openSession(qint64 deviceId) const;

    struct ReplayOutcome {
        int recorded = 0;
        int ignored = 0; // already stored (a batch sent again) or overtaken by a newer session
    };
    // A batch of events in the order they happened, stored in ONE transaction: an invalid event
    // (no user, a sign-out reason on a sign-in, out of order) refuses the whole batch, nothing stored.
    Status replay(qint64 deviceId, const QList<SessionEvent> &events, const QString &source, ReplayOutcome &outcome);

    // A Shared iPad's user channel (TokenUpdate with UserShortName): the user is signed in now,
    // unless already (the user channel sends a TokenUpdate again whenever its token changes).
    Status userChannelSignIn(qint64 deviceId, const QString &userName, qint64 at);

    // "Sign out user": queues LogOutUser for a Shared iPad (its acknowledgement ends the session,
    // AppleCommandHandler). `expectedUser` (optional) must be the one signed in, so a stale screen
    // never signs out the next clinician. Android agents sign out on the tablet: refused.
    Status requestSignOut(const AdminSession &admin, qint64 deviceId, const QString &expectedUser, DeviceCommand *queued = nullptr);

    struct ResetOutcome {
        int commandsQueued = 0;
        std::optional<DeviceSession> endedSession;
    };
    // Android: CLEAR_APP_DATA for each patient app assigned to the device's groups; Apple: the apps
    // are removed and installed again (which is how iOS clears an app's data). Technicians may.
    Status resetForNextPatient(const AdminSession &admin, qint64 deviceId, ResetOutcome &outcome);
    // The same, run by the console for a reset schedule the admin set up (ResetScheduler).
    Status runScheduledReset(qint64 scheduleId, qint64 deviceId, ResetOutcome &outcome);

private:
    Status checkShared(qint64 deviceId) const;
    Status reset(const Actor &actor, const QString &queuedBy, qint64 deviceId, ResetOutcome &outcome, const QString &note);

    Database &m_db;
    Clock m_clock;
};
