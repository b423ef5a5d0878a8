#include "kiosk/KioskMaintenanceService.h"

#include "apple/AppleCommandCodec.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceRepository.h"
#include "kiosk/KioskMaintenanceRepository.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyDelivery.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "security/AdminSession.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("KioskMaintenanceService", text); }

bool isApple(const Device &d) { return d.platform != Platform::Android; }

QString iso(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate); }

// Quoted for the audit details: the reason is free text.
QString quoted(QString text) { return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1Char('\'')) + QLatin1Char('"'); }

} // namespace

KioskMaintenanceService::KioskMaintenanceService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

Status KioskMaintenanceService::kioskOf(const Device &device, PolicyRecord *policyOut, PolicySettings *settingsOut) const
{
    PolicyRepository policies(m_db);
    const qint64 policyId = policies.effectivePolicies().value(device.id);
    const std::optional<PolicyRecord> policy = policyId ? policies.findById(policyId) : std::nullopt;
    if (!policy)
        return Status::failure(ErrorCode::InvalidInput, tr("%1 has no policy, so it is not a kiosk.").arg(device.name));
    PolicySettings s;
    if (Status st = PolicyJson::fromJson(policy->body, &s); !st)
        return st;
    const QString app = isApple(device) ? s.kiosk.appleBundleId : s.kiosk.androidPackage;
    if (!s.kiosk.enabled || app.isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               tr("%1 is not a kiosk: its policy %2 does not lock it to a single app.").arg(device.name, policy->name));
    if (policyOut)
        *policyOut = *policy;
    if (settingsOut)
        *settingsOut = s;
    return Status::success();
}

bool KioskMaintenanceService::hasKiosk(qint64 deviceId) const
{
    const std::optional<Device> d = DeviceRepository(m_db).findById(deviceId);
    return d && kioskOf(*d).ok();
}

Status KioskMaintenanceService::refuse(const AdminSession &session, qint64 deviceId, const QString &why, const Status &status)
{
    AuditLog(m_db).record(session.actor(), QStringLiteral("kiosk.exit"), QStringLiteral("refused"),
                          QStringLiteral("refused=%1; %2").arg(why, status.message()), deviceId);
    return status;
}

Status KioskMaintenanceService::exitKiosk(const AdminSession &session, qint64 deviceId, const QString &reason, int minutes,
                                          KioskMaintenanceWindow *opened)
{
    const qint64 now = m_clock();
    if (Status s = session.require(Permission::KioskMaintenance, now); !s)
        return s;
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
    if (reason.trimmed().isEmpty())
        return refuse(session, deviceId, QStringLiteral("no-reason"),
                      Status::failure(ErrorCode::InvalidInput, tr("Say why %1 leaves kiosk mode: the reason goes into the audit trail.").arg(device->name)));
    if (minutes < 1 || minutes > MaxMinutes)
        return refuse(session, deviceId, QStringLiteral("bad-duration"),
                      Status::failure(ErrorCode::InvalidInput, tr("A maintenance window lasts 1 to %1 minutes, not %2.").arg(MaxMinutes).arg(minutes)));
    PolicyRecord policy;
    PolicySettings settings;
    if (Status s = kioskOf(*device, &policy, &settings); !s)
        return refuse(session, deviceId, QStringLiteral("no-kiosk"), s);
    KioskMaintenanceRepository windows(m_db);
    if (const std::optional<KioskMaintenanceWindow> w = windows.openWindow(deviceId))
        return refuse(session, deviceId, QStringLiteral("already-in-maintenance"),
                      Status::failure(ErrorCode::Conflict, tr("%1 is already out of kiosk mode until %2 (UTC).")
                                                               .arg(device->name, QDateTime::fromSecsSinceEpoch(w->endsAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))));

    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    DeviceCommand c;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    c.deviceId = deviceId;
    c.priority = 10;
    c.queuedBy = session.username();
    c.queuedAt = now;
    if (isApple(*device)) {
        c.requestType = QLatin1String(PolicyDelivery::AppleRemoveProfile);
        c.payload = AppleCommandCodec::toJsonBytes({{QStringLiteral("Identifier"), AppleProfileCompiler::kioskProfileIdentifier(policy.id)}});
    } else {
        c.requestType = QStringLiteral("STOP_KIOSK");
        c.payload = "{}";
    }
    if (Status s = CommandRepository(m_db).enqueue(c); !s)
        return s;
    KioskMaintenanceWindow w;
    w.deviceId = deviceId;
    w.policyId = policy.id;
    w.reason = reason.trimmed();
    w.startedBy = session.username();
    w.startedAt = now;
    w.endsAt = now + qint64(minutes) * 60;
    if (Status s = windows.open(w); !s)
        return s;
    if (Status s = AuditLog(m_db).record(session.actor(), QStringLiteral("kiosk.exit"), QStringLiteral("success"),
                                         QStringLiteral("reason=%1 minutes=%2 until=%3 policy=%4 request_type=%5 uuid=%6")
                                             .arg(quoted(w.reason), QString::number(minutes), iso(w.endsAt), QString::number(policy.id),
                                                  c.requestType, c.uuid),
                                         deviceId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (opened)
        *opened = w;
    return Status::success();
}

Status KioskMaintenanceService::resumeKiosk(const AdminSession &session, qint64 deviceId)
{
    const qint64 now = m_clock();
    if (Status s = session.require(Permission::KioskMaintenance, now); !s)
        return s;
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
    const std::optional<KioskMaintenanceWindow> window = KioskMaintenanceRepository(m_db).openWindow(deviceId);
    if (!window) {
        const Status refused = Status::failure(ErrorCode::Conflict, tr("%1 is not out of kiosk mode for maintenance.").arg(device->name));
        AuditLog(m_db).record(session.actor(), QStringLiteral("kiosk.resume"), QStringLiteral("refused"),
                              QStringLiteral("refused=not-in-maintenance"), deviceId);
        return refused;
    }
    return resume(session.actor(), session.username(), *device, *window, QStringLiteral("admin"));
}

int KioskMaintenanceService::resumeDue(QStringList *problems)
{
    int resumed = 0;
    DeviceRepository devices(m_db);
    for (const KioskMaintenanceWindow &w : KioskMaintenanceRepository(m_db).dueWindows(m_clock())) {
        const std::optional<Device> device = devices.findById(w.deviceId);
        const Status s = device ? resume(Actor::system(), QStringLiteral("system"), *device, w, QStringLiteral("window-ended"))
                                : Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(w.deviceId));
        if (s)
            ++resumed;
        else if (problems)
            problems->append(s.message());
    }
    return resumed;
}

Status KioskMaintenanceService::resume(const Actor &actor, const QString &by, const Device &device, const KioskMaintenanceWindow &window,
                                       const QString &trigger)
{
    const qint64 now = m_clock();
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    PolicyRecord policy;
    PolicySettings settings;
    DeviceCommand c;
    // The kiosk the device's policy has now (it may have changed during the window); a policy that
    // no longer has one just closes the window.
    if (kioskOf(device, &policy, &settings)) {
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        c.deviceId = device.id;
        c.priority = 10;
        c.queuedBy = by;
        c.queuedAt = now;
        if (isApple(device)) {
            AppleCompiledPolicy compiled;
            const QString org = SettingsRepository(m_db).stringValue(Setting::ClinicName);
            if (Status s = AppleProfileCompiler(policy.id, policy.name, policy.version, org).compile(settings, &compiled); !s)
                return s;
            c.requestType = QLatin1String(PolicyDelivery::AppleInstallProfile);
            c.payload = PolicyDelivery::installProfilePayload(compiled.kioskProfileXml, policy);
        } else {
            c.requestType = QStringLiteral("START_KIOSK");
            c.payload = QJsonDocument(QJsonObject{{QStringLiteral("packageName"), settings.kiosk.androidPackage}}).toJson(QJsonDocument::Compact);
        }
        if (Status s = CommandRepository(m_db).enqueue(c); !s)
            return s;
    }
    if (Status s = KioskMaintenanceRepository(m_db).close(window.id, now, by); !s)
        return s;
    const qint64 minutesOut = (qMax(now, window.startedAt) - window.startedAt + 59) / 60;
    if (Status s = AuditLog(m_db).record(actor, QStringLiteral("kiosk.resume"), QStringLiteral("success"),
                                         QStringLiteral("trigger=%1 reason=%2 minutes=%3 request_type=%4 uuid=%5")
                                             .arg(trigger, quoted(window.reason), QString::number(minutesOut),
                                                  c.requestType.isEmpty() ? QStringLiteral("-") : c.requestType,
                                                  c.uuid.isEmpty() ? QStringLiteral("-") : c.uuid),
                                         device.id);
        !s)
        return s;
    return tx.commit();
}

bool KioskMaintenanceService::inMaintenance(qint64 deviceId) const
{
    return KioskMaintenanceRepository(m_db).openWindow(deviceId).has_value();
}
