#include "shared/SharedSessionService.h"

#include "audit/AuditLog.h"
#include "catalog/AppInstallCommand.h"
#include "catalog/CatalogRepository.h"
#include "commands/CommandRepository.h"
#include "db/Database.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceRepository.h"
#include "security/AdminSession.h"
#include "shared/DeviceSessionRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace {

Actor deviceActor(qint64 deviceId) { return {QStringLiteral("device:%1").arg(deviceId), QStringLiteral("Device")}; }

Status validUser(const QString &userName)
{
    const QString trimmed = userName.trimmed();
    bool control = false;
    for (const QChar c : trimmed)
        control = control || c.category() == QChar::Other_Control;
    if (trimmed.isEmpty() || trimmed.size() > 128 || control)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("SharedSessionService", "A session needs the clinician's user name (1 to 128 printable characters)."));
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
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("SharedSessionService", "No device with id %1.").arg(deviceId));
    if (device->ownership != Ownership::Shared)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("SharedSessionService", "%1 is not a shared device; sessions are kept for shared clinical tablets only.")
                                   .arg(device->name));
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
    DeviceSessionRepository repo(m_db);
    std::optional<DeviceSession> previous;
    if (Status s = repo.closeOpen(deviceId, at, QStringLiteral("superseded"), &previous); !s)
        return s;
    DeviceSession session{0, deviceId, userName.trimmed(), source, at, 0, {}};
    if (Status s = repo.open(session); !s)
        return s;
    AuditLog log(m_db);
    if (previous)
        log.record(deviceActor(deviceId), QStringLiteral("session.signout"), QStringLiteral("success"),
                   QStringLiteral("user=%1 reason=superseded at=%2").arg(previous->userName).arg(at), deviceId);
    log.record(deviceActor(deviceId), QStringLiteral("session.signin"), QStringLiteral("success"),
               QStringLiteral("user=%1 source=%2 at=%3").arg(session.userName, source).arg(at), deviceId);
    return tx.commit();
}

Status SharedSessionService::signOut(qint64 deviceId, const QString &userName, qint64 at, const QString &reason)
{
    if (Status s = checkShared(deviceId); !s)
        return s;
    if (reason != QLatin1String("signout") && reason != QLatin1String("timeout"))
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("SharedSessionService", "A sign-out ends with signout or timeout, not %1.").arg(reason));
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    DeviceSessionRepository repo(m_db);
    const std::optional<DeviceSession> open = repo.openSession(deviceId);
    // A sign-out for someone who is not signed in changes nothing (a repeated or stale message).
    if (!open || open->userName != userName.trimmed())
        return Status::failure(ErrorCode::Conflict,
                               QCoreApplication::translate("SharedSessionService", "%1 is not signed in on this device.").arg(userName));
    if (Status s = repo.closeOpen(deviceId, at, reason); !s)
        return s;
    AuditLog(m_db).record(deviceActor(deviceId), QStringLiteral("session.signout"), QStringLiteral("success"),
                          QStringLiteral("user=%1 reason=%2 at=%3").arg(open->userName, reason).arg(at), deviceId);
    return tx.commit();
}

std::optional<DeviceSession> SharedSessionService::whoHeld(qint64 deviceId, qint64 at) const
{
    return DeviceSessionRepository(m_db).at(deviceId, at);
}

Status SharedSessionService::resetForNextPatient(const AdminSession &admin, qint64 deviceId, ResetOutcome &outcome)
{
    if (Status s = admin.require(Permission::LockDevice); !s)
        return s;
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
        c.queuedBy = admin.username();
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
    AuditLog(m_db).record(admin.actor(), QStringLiteral("device.reset"), QStringLiteral("success"),
                          QStringLiteral("ended_session_user=%1 commands=%2")
                              .arg(outcome.endedSession ? outcome.endedSession->userName : QStringLiteral("-"))
                              .arg(outcome.commandsQueued),
                          deviceId);
    return tx.commit();
}
