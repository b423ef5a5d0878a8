#include "shared/SharedSessionService.h"

#include "apple/AppleCommandBuilder.h"
#include "apple/AppleCommandQueuer.h"
#include "audit/AuditLog.h"
#include "catalog/AppInstallCommand.h"
#include "catalog/CatalogRepository.h"
#include "commands/CommandRepository.h"
#include "db/Database.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceRepository.h"
#include "security/AdminSession.h"
#include "shared/DeviceSessionRepository.h"
#include "shared/SessionRecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("SharedSessionService", text); }

Status validUser(const QString &userName)
{
    const QString trimmed = userName.trimmed();
    bool control = false;
    for (const QChar c : trimmed)
        control = control || c.category() == QChar::Other_Control;
    if (trimmed.isEmpty() || trimmed.size() > 128 || control)
        return Status::failure(ErrorCode::InvalidInput, tr("A session needs the clinician's user name (1 to 128 printable characters)."));
    return Status::success();
}

Status validSignOutReason(const QString &reason)
{
    if (reason != QLatin1String("signout") && reason != QLatin1String("timeout"))
        return Status::failure(ErrorCode::InvalidInput, tr("A sign-out ends with signout or timeout, not %1.").arg(reason));
    return Status::success();
}

} // namespace

SharedSessionService::SharedSessionService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

Status SharedSessionService::checkShared(qint64 deviceId) const
{
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
    if (device->ownership != Ownership::Shared)
        return Status::failure(ErrorCode::InvalidInput,
                               tr("%1 is not a shared device; sessions are kept for shared clinical tablets only.").arg(device->name));
    return Status::success();
}

Status SharedSessionService::signIn(qint64 deviceId, const QString &userName, qint64 at, const QString &source)
{
    if (Status s = validUser(userName); !s)
        return s;
    if (Status s = checkShared(deviceId); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = SessionRecorder(m_db).signIn(deviceId, userName, at, source, SessionRecorder::deviceActor(deviceId)); !s)
        return s;
    return tx.commit();
}

Status SharedSessionService::signOut(qint64 deviceId, const QString &userName, qint64 at, const QString &reason)
{
    if (Status s = checkShared(deviceId); !s)
        return s;
    if (Status s = validSignOutReason(reason); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = SessionRecorder(m_db).signOut(deviceId, userName.trimmed(), at, reason, SessionRecorder::deviceActor(deviceId)); !s)
        return s;
    return tx.commit();
}

std::optional<DeviceSession> SharedSessionService::whoHeld(qint64 deviceId, qint64 at) const
{
    return DeviceSessionRepository(m_db).at(deviceId, at);
}

Status SharedSessionService::replay(qint64 deviceId, const QList<SessionEvent> &events, const QString &source, ReplayOutcome &outcome)
{
    if (Status s = checkShared(deviceId); !s)
        return s;
    // Everything is checked before anything is written: a bad event refuses the batch.
    for (int i = 0; i < events.size(); ++i) {
        const SessionEvent &e = events[i];
        Status s = validUser(e.userName);
        if (s && e.kind == SessionEvent::Kind::SignOut)
            s = validSignOutReason(e.reason);
        if (s && e.kind == SessionEvent::Kind::SignIn && !e.reason.isEmpty())
            s = Status::failure(ErrorCode::InvalidInput, tr("A sign-in has no reason."));
        if (s && i > 0 && e.at < events[i - 1].at)
            s = Status::failure(ErrorCode::InvalidInput, tr("The events are not in the order they happened."));
        if (!s)
            return Status::failure(ErrorCode::InvalidInput, tr("Event %1: %2").arg(i + 1).arg(s.message()));
    }
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    DeviceSessionRepository repo(m_db);
    SessionRecorder recorder(m_db);
    const Actor actor = SessionRecorder::deviceActor(deviceId);
    ReplayOutcome counted;
    for (const SessionEvent &e : events) {
        const QString user = e.userName.trimmed();
        if (e.kind == SessionEvent::Kind::SignIn) {
            const std::optional<DeviceSession> newest = repo.latest(deviceId);
            // Stored already (the agent sends a batch again when our answer was lost), or older
            // than what the console knows since (a reset or the timeout sweep ended it meanwhile).
            if (repo.startedAt(deviceId, user, e.at) || (newest && newest->startedAt > e.at)) {
                ++counted.ignored;
                continue;
            }
            if (Status s = recorder.signIn(deviceId, user, e.at, source, actor); !s)
                return s;
        } else {
            const std::optional<DeviceSession> open = repo.openSession(deviceId);
            if (!open || open->userName != user || open->startedAt > e.at) {
                ++counted.ignored;
                continue;
            }
            if (Status s = recorder.signOut(deviceId, user, e.at, e.reason, actor); !s)
                return s;
        }
        ++counted.recorded;
    }
    if (counted.ignored > 0)
        if (Status s = AuditLog(m_db).record(actor, QStringLiteral("session.replay"), QStringLiteral("success"),
                                             QStringLiteral("events=%1 recorded=%2 ignored=%3")
                                                 .arg(events.size()).arg(counted.recorded).arg(counted.ignored),
                                             deviceId);
            !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    outcome = counted;
    return Status::success();
}

Status SharedSessionService::userChannelSignIn(qint64 deviceId, const QString &userName, qint64 at)
{
    if (Status s = validUser(userName); !s)
        return s;
    if (Status s = checkShared(deviceId); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const std::optional<DeviceSession> open = DeviceSessionRepository(m_db).openSession(deviceId);
    if (open && open->userName == userName.trimmed() && open->source == QLatin1String("apple"))
        return Status::success(); // the same user's token again: the session goes on
    if (Status s = SessionRecorder(m_db).signIn(deviceId, userName, at, QStringLiteral("apple"), SessionRecorder::deviceActor(deviceId)); !s)
        return s;
    return tx.commit();
}

Status SharedSessionService::requestSignOut(const AdminSession &admin, qint64 deviceId, const QString &expectedUser, DeviceCommand *queued)
{
    if (Status s = admin.require(Permission::LockDevice); !s)
        return s;
    if (Status s = checkShared(deviceId); !s)
        return s;
    const Device device = *DeviceRepository(m_db).findById(deviceId);
    if (device.platform == Platform::Android)
        return Status::failure(ErrorCode::InvalidInput,
                               tr("%1 is an Android tablet: its clinician signs out on the tablet (or its session times out); "
                                  "use Reset for next patient to end the session from the console.").arg(device.name));
    const std::optional<DeviceSession> open = DeviceSessionRepository(m_db).openSession(deviceId);
    if (!open)
        return Status::failure(ErrorCode::Conflict, tr("Nobody is signed in on %1.").arg(device.name));
    if (!expectedUser.trimmed().isEmpty() && open->userName != expectedUser.trimmed())
        return Status::failure(ErrorCode::Conflict,
                               tr("%1 is signed in on %2, not %3; nothing was sent.").arg(open->userName, device.name, expectedUser.trimmed()));
    AppleCommandBuilder::Built built;
    if (Status s = AppleCommandBuilder::build(QStringLiteral("LogOutUser"), {}, device.ownership, built); !s)
        return s;
    const qint64 now = m_clock();
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    DeviceCommand c;
    if (Status s = AppleCommandQueuer::enqueue(m_db, deviceId, built, admin.username(), now, &c); !s)
        return s;
    if (Status s = AuditLog(m_db).record(admin.actor(), QStringLiteral("session.signout.requested"), QStringLiteral("success"),
                                         QStringLiteral("user=%1 uuid=%2 request_type=LogOutUser").arg(open->userName, c.uuid), deviceId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (queued)
        *queued = c;
    return Status::success();
}

Status SharedSessionService::resetForNextPatient(const AdminSession &admin, qint64 deviceId, ResetOutcome &outcome)
{
    if (Status s = admin.require(Permission::LockDevice); !s)
        return s;
    return reset(admin.actor(), admin.username(), deviceId, outcome, {});
}

Status SharedSessionService::runScheduledReset(qint64 scheduleId, qint64 deviceId, ResetOutcome &outcome)
{
    // The schedule was set up by an admin allowed to (ResetScheduleService); the console runs it.
    return reset(Actor::system(), QStringLiteral("schedule:%1").arg(scheduleId), deviceId, outcome,
                 QStringLiteral(" schedule=%1").arg(scheduleId));
}

Status SharedSessionService::reset(const Actor &actor, const QString &queuedBy, qint64 deviceId, ResetOutcome &outcome, const QString &note)
{
    if (Status s = checkShared(deviceId); !s)
        return s;
    const Device device = *DeviceRepository(m_db).findById(deviceId);
    const bool apple = device.platform != Platform::Android;
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const qint64 now = m_clock();
    if (Status s = DeviceSessionRepository(m_db).closeOpen(deviceId, now, QStringLiteral("reset"), &outcome.endedSession); !s)
        return s;
    CommandRepository commands(m_db);
    auto queue = [&](const QString &type, const QJsonObject &payload) {
        DeviceCommand c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        c.deviceId = deviceId;
        c.requestType = type;
        c.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        c.priority = 5; // before routine inventory, after locks and wipes
        c.queuedBy = queuedBy;
        c.queuedAt = now;
        ++outcome.commandsQueued;
        return commands.enqueue(c);
    };
    for (const CatalogApp &app : CatalogRepository(m_db).appsForDevice(deviceId)) {
        if ((app.platform == CatalogApp::Platform::Apple) != apple)
            continue;
        Status s = apple ? queue(AppInstallCommand::removeRequestType(app.platform), AppInstallCommand::removePayload(app))
                         : queue(QStringLiteral("CLEAR_APP_DATA"), {{QStringLiteral("packageName"), app.identifier}});
        if (s && apple)
            s = queue(AppInstallCommand::installRequestType(app.platform), AppInstallCommand::installPayload(app));
        if (!s)
            return s;
    }
    if (Status s = AuditLog(m_db).record(actor, QStringLiteral("device.reset"), QStringLiteral("success"),
                                         QStringLiteral("ended_session_user=%1 commands=%2%3")
                                             .arg(outcome.endedSession ? outcome.endedSession->userName : QStringLiteral("-"))
                                             .arg(outcome.commandsQueued)
                                             .arg(note),
                                         deviceId);
        !s)
        return s;
    return tx.commit();
}

std::optional<DeviceSession> SharedSessionService::openSession(qint64 deviceId) const
{
    return DeviceSessionRepository(m_db).openSession(deviceId);
}
