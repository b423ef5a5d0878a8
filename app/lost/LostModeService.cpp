#include "lost/LostModeService.h"

#include "apple/AppleCommandQueuer.h"
#include "audit/AuditLog.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "lost/LocationRepository.h"
#include "lost/LostModeEligibility.h"
#include "security/AdminSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LostModeService", text);
}

struct ActionInfo {
    const char *auditAction;
    const char *requestType;
};

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

// Indexed by LostModeService::Action.
ActionInfo infoFor(int action)
{
    static const ActionInfo infos[] = {{"lostmode.enable", "EnableLostMode"},
                                       {"lostmode.locate", "DeviceLocation"},
                                       {"lostmode.sound", "PlayLostModeSound"},
                                       {"lostmode.disable", "DisableLostMode"}};
    return infos[action];
}

} // namespace

LostModeService::LostModeService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

Status LostModeService::refuse(const AdminSession &session, qint64 deviceId, Action action, const QString &reason,
                               const Status &status)
{
    AuditLog(m_db).record(session.actor(), QLatin1String(infoFor(int(action)).auditAction), QStringLiteral("refused"),
                          QStringLiteral("reason=%1").arg(reason), deviceId);
    return status;
}

Status LostModeService::enable(const AdminSession &session, qint64 deviceId, const QString &message, const QString &phone,
                               const QString &footnote, DeviceCommand *queued)
{
    const QString m = message.trimmed(), p = phone.trimmed(), f = footnote.trimmed();
    QVariantMap payload;
    if (!m.isEmpty())
        payload.insert(QStringLiteral("Message"), m);
    if (!p.isEmpty())
        payload.insert(QStringLiteral("PhoneNumber"), p);
    if (!f.isEmpty())
        payload.insert(QStringLiteral("Footnote"), f);
    return run(session, deviceId, Action::Enable, payload,
               QStringLiteral("message=%1 phone=%2 footnote=%3").arg(yesNo(!m.isEmpty()), yesNo(!p.isEmpty()), yesNo(!f.isEmpty())),
               queued);
}

Status LostModeService::locate(const AdminSession &session, qint64 deviceId, DeviceCommand *queued)
{
    return run(session, deviceId, Action::Locate, {}, {}, queued);
}

Status LostModeService::playSound(const AdminSession &session, qint64 deviceId, DeviceCommand *queued)
{
    return run(session, deviceId, Action::Sound, {}, {}, queued);
}

Status LostModeService::disable(const AdminSession &session, qint64 deviceId, DeviceCommand *queued)
{
    return run(session, deviceId, Action::Disable, {}, {}, queued);
}

Status LostModeService::run(const AdminSession &session, qint64 deviceId, Action action, const QVariantMap &payload,
                            const QString &detail, DeviceCommand *queued)
{
    const qint64 now = m_clock();
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device) {
        if (Status s = session.require(Permission::LostMode, now); !s)
            return s;
        return Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
    }
    const QHash<QString, ReportedFact> facts = DeviceFactRepository(m_db).facts(deviceId);
    // The device's nature first, for everyone: a personal phone is never located, whoever asks.
    if (const LostModeEligibility::Verdict v = LostModeEligibility::check(*device, facts); !v.ok())
        return refuse(session, deviceId, action, v.reason, v.status);
    if (Status s = session.require(Permission::LostMode, now); !s)
        return refuse(session, deviceId, action,
                      s.code() == ErrorCode::AuthenticationFailed ? QStringLiteral("no-reauthentication") : QStringLiteral("not-permitted"),
                      s);
    if ((action == Action::Locate || action == Action::Sound) && !LostModeEligibility::inLostMode(facts))
        return refuse(session, deviceId, action, QStringLiteral("not-in-lost-mode"),
                      Status::failure(ErrorCode::Conflict,
                                      tr("%1 has not reported being in Lost Mode: put it in Lost Mode first (a device answers "
                                         "location and sound requests only in Lost Mode).")
                                          .arg(device->name)));
    if (action == Action::Enable) {
        const QString message = payload.value(QStringLiteral("Message")).toString();
        const QString phone = payload.value(QStringLiteral("PhoneNumber")).toString();
        const QString footnote = payload.value(QStringLiteral("Footnote")).toString();
        static const QRegularExpression phoneShape(QStringLiteral("^\\+?[0-9][0-9 ().\\-/]{1,38}$"));
        if (message.isEmpty() && phone.isEmpty())
            return refuse(session, deviceId, action, QStringLiteral("no-message"),
                          Status::failure(ErrorCode::InvalidInput,
                                          tr("Lost Mode needs a message or a phone number for whoever finds the device.")));
        if (!phone.isEmpty() && !phoneShape.match(phone).hasMatch())
            return refuse(session, deviceId, action, QStringLiteral("invalid-phone"),
                          Status::failure(ErrorCode::InvalidInput,
                                          tr("\"%1\" is not a phone number (digits, spaces, + ( ) - . / only).").arg(phone)));
        if (message.size() > kMaxMessage || footnote.size() > kMaxFootnote)
            return refuse(session, deviceId, action, QStringLiteral("too-long"),
                          Status::failure(ErrorCode::InvalidInput,
                                          tr("The message may have at most %1 characters and the footnote %2.")
                                              .arg(kMaxMessage)
                                              .arg(kMaxFootnote)));
    }

    const ActionInfo info = infoFor(int(action));
    AppleCommandBuilder::Built built;
    built.requestType = QLatin1String(info.requestType);
    built.payload = payload;
    built.priority = 10; // a lost device goes before anything routine waiting for it
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    DeviceCommand c;
    if (Status s = AppleCommandQueuer::enqueue(m_db, deviceId, built, session.username(), now, &c); !s)
        return s;
    QString details = QStringLiteral("uuid=%1 request_type=%2").arg(c.uuid, c.requestType);
    if (!detail.isEmpty())
        details += QLatin1Char(' ') + detail;
    details += QStringLiteral("; wake queued in the push outbox");
    if (Status s = AuditLog(m_db).record(session.actor(), QLatin1String(info.auditAction), QStringLiteral("success"), details, deviceId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (queued)
        *queued = c;
    return Status::success();
}

LostModeStatus LostModeService::status(const AdminSession &session, const Device &device) const
{
    LostModeStatus out;
    const QHash<QString, ReportedFact> facts = DeviceFactRepository(m_db).facts(device.id);
    const LostModeEligibility::Verdict v = LostModeEligibility::check(device, facts);
    out.eligible = v.ok();
    out.whyNot = v.status;
    if (!out.eligible)
        return out; // nothing about a personal or ineligible device is shown, not even a stale state
    out.inLostMode = LostModeEligibility::inLostMode(facts);
    out.stateReportedAt = facts.value(DeviceFact::LostMode).reportedAt;
    out.locationVisible = session.can(Permission::LostMode);
    if (out.locationVisible)
        out.lastLocation = LocationRepository(m_db).latest(device.id);
    return out;
}
