#include "shared/SessionRecorder.h"

#include "audit/AuditLog.h"
#include "shared/DeviceSessionRepository.h"

#include <QCoreApplication>

Status SessionRecorder::signIn(qint64 deviceId, const QString &userName, qint64 at, const QString &source, const Actor &actor)
{
    DeviceSessionRepository repo(m_db);
    std::optional<DeviceSession> previous;
    if (Status s = repo.closeOpen(deviceId, at, QStringLiteral("superseded"), &previous); !s)
        return s;
    DeviceSession session{0, deviceId, userName.trimmed(), source, at, 0, {}};
    if (Status s = repo.open(session); !s)
        return s;
    AuditLog log(m_db);
    if (previous)
        if (Status s = log.record(actor, QStringLiteral("session.signout"), QStringLiteral("success"),
                                  QStringLiteral("user=%1 reason=superseded at=%2").arg(previous->userName).arg(at), deviceId);
            !s)
            return s;
    return log.record(actor, QStringLiteral("session.signin"), QStringLiteral("success"),
                      QStringLiteral("user=%1 source=%2 at=%3").arg(session.userName, source).arg(at), deviceId);
}

Status SessionRecorder::signOut(qint64 deviceId, const QString &userName, qint64 at, const QString &reason, const Actor &actor,
                                const QString &note, std::optional<DeviceSession> *ended)
{
    DeviceSessionRepository repo(m_db);
    const std::optional<DeviceSession> open = repo.openSession(deviceId);
    // A sign-out for someone who is not signed in changes nothing (a repeated or stale message).
    if (!open || (!userName.isEmpty() && open->userName != userName.trimmed()))
        return Status::failure(ErrorCode::Conflict,
                               open || !userName.isEmpty()
                                   ? QCoreApplication::translate("SessionRecorder", "%1 is not signed in on this device.").arg(userName)
                                   : QCoreApplication::translate("SessionRecorder", "Nobody is signed in on this device."));
    if (Status s = repo.closeOpen(deviceId, at, reason, ended); !s)
        return s;
    QString details = QStringLiteral("user=%1 reason=%2 at=%3").arg(open->userName, reason).arg(qMax(at, open->startedAt));
    if (!note.isEmpty())
        details += QLatin1Char(' ') + note;
    return AuditLog(m_db).record(actor, QStringLiteral("session.signout"), QStringLiteral("success"), details, deviceId);
}
