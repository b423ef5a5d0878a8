#include "commands/DeviceCommandService.h"

#include "apple/AppleEnrollmentRepository.h"
#include "apple/EnrollmentProfileBuilder.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/Device.h"
#include "fleet/DeviceRepository.h"
#include "privacy/PrivacyBoundary.h"
#include "security/AdminSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace {


// The command commits with a wake in the push outbox (CommandRepository::enqueue).
const char *kNotDeliveredYet = "wake queued in the push outbox";

bool isApple(Platform p) { return p == Platform::iOS || p == Platform::iPadOS; }

QString actionName(Permission action)
{
    switch (action) {
    case Permission::LockDevice:
        return QStringLiteral("lock");
    case Permission::SelectiveWipe:
        return QStringLiteral("selective-wipe");
    case Permission::FullWipe:
        return QStringLiteral("full-wipe");
    default:
        return PermissionInfo::name(action);
    }
}

} // namespace

DeviceCommandService::DeviceCommandService(Database &db)
    : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

QString DeviceCommandService::requestType(Platform platform, Permission action)
{
    if (isApple(platform)) {
        switch (action) {
        case Permission::LockDevice:
            return QStringLiteral("DeviceLock");
        case Permission::FullWipe:
            return QStringLiteral("EraseDevice");
        default:
            // Removing the MDM profile removes every managed app, account and profile with it: the
            // selective wipe Apple offers (and the only one for User Enrollment).
            return QStringLiteral("RemoveProfile");
        }
    }
    switch (action) {
    case Permission::LockDevice:
        return QStringLiteral("LOCK");
    case Permission::FullWipe:
        return QStringLiteral("WIPE");
    default:
        return QStringLiteral("REMOVE_WORK_PROFILE");
    }
}

Status DeviceCommandService::refuse(const AdminSession &session, qint64 deviceId, const QString &action,
                                    const QString &reason, const Status &status)
{
    AuditLog(m_db).record(session.actor(), action, QStringLiteral("refused"), reason, deviceId);
    return status;
}

Status DeviceCommandService::lock(const AdminSession &session, qint64 deviceId, const QString &message,
                                  const QString &phone, DeviceCommand *queued)
{
    if (Status s = session.require(Permission::LockDevice, m_clock()); !s)
        return s;
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("DeviceCommandService", "No device with id %1.").arg(deviceId));
    QJsonObject payload;
    // Apple's DeviceLock keys; the Android agent reads the same two.
    if (!message.isEmpty())
        payload.insert(QStringLiteral("Message"), message);
    if (!phone.isEmpty())
        payload.insert(QStringLiteral("PhoneNumber"), phone);
    return queue(session, *device, Permission::LockDevice, payload, queued);
}

Status DeviceCommandService::selectiveWipe(const AdminSession &session, qint64 deviceId, DeviceCommand *queued)
{
    if (Status s = session.require(Permission::SelectiveWipe, m_clock()); !s)
        return s;
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("DeviceCommandService", "No device with id %1.").arg(deviceId));
    QJsonObject payload{{QStringLiteral("scope"), QStringLiteral("managed-data")}};
    if (isApple(device->platform)) {
        // RemoveProfile names the profile: the enrollment profile that brought the device in. A
        // device without a known enrollment (imported) gets the generic prefix, which it ignores.
        const std::optional<qint64> enrollment = AppleEnrollmentRepository(m_db).latestForDevice(deviceId);
        payload = {{QStringLiteral("Identifier"), enrollment ? EnrollmentProfileBuilder::profileIdentifier(*enrollment)
                                                             : EnrollmentProfileBuilder::profileIdentifierPrefix()}};
    }
    return queue(session, *device, Permission::SelectiveWipe, payload, queued);
}

Status DeviceCommandService::fullWipe(const AdminSession &session, qint64 deviceId, const QString &confirmName,
                                      const SignInResult &reauth, DeviceCommand *queued)
{
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    // BYOD first and for everyone: a personal phone is never erased, whoever asks and however.
    if (device && !PrivacyBoundary::mayEraseDevice(device->ownership))
        return refuse(session, deviceId, QStringLiteral("wipe.refused"), QStringLiteral("reason=byod"),
                      Status::failure(ErrorCode::PermissionDenied,
                                      QCoreApplication::translate("DeviceCommandService", "%1 is a personal (BYOD) device: it can never be fully wiped. Use a selective "
                                         "wipe, which removes only the clinic's apps and data.")
                                          .arg(device->name)));
    if (Status s = session.require(Permission::FullWipe, m_clock()); !s)
        return s;
    if (!device)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("DeviceCommandService", "No device with id %1.").arg(deviceId));
    if (!reauth.ok() || !reauth.session.isValid() || reauth.session.adminId() != session.adminId())
        return refuse(session, deviceId, QStringLiteral("wipe.refused"), QStringLiteral("reason=no-reauthentication"),
                      Status::failure(ErrorCode::AuthenticationFailed,
                                      QCoreApplication::translate("DeviceCommandService", "Confirm your password and code again to wipe a whole device.")));
    if (confirmName != device->name)
        return refuse(session, deviceId, QStringLiteral("wipe.refused"), QStringLiteral("reason=name-mismatch"),
                      Status::failure(ErrorCode::InvalidInput,
                                      QCoreApplication::translate("DeviceCommandService", "The typed name does not match the device's name \"%1\"; nothing was wiped.")
                                          .arg(device->name)));
    return queue(session, *device, Permission::FullWipe, QJsonObject{}, queued);
}

Status DeviceCommandService::queue(const AdminSession &session, const Device &device, Permission action,
                                   const QJsonObject &payload, DeviceCommand *queued)
{
    DeviceCommand c;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    c.deviceId = device.id;
    c.requestType = requestType(device.platform, action);
    c.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    // Wipes and locks go before anything routine waiting for the same device.
    c.priority = action == Permission::LockDevice ? 10 : 20;
    c.queuedBy = session.username();
    c.queuedAt = m_clock();
    if (Status s = CommandRepository(m_db).enqueue(c); !s)
        return s;
    AuditLog(m_db).record(session.actor(), QStringLiteral("command.queue"), QStringLiteral("success"),
                          QStringLiteral("uuid=%1 action=%2 request_type=%3; %4")
                              .arg(c.uuid, actionName(action), c.requestType, QLatin1String(kNotDeliveredYet)),
                          device.id);
    if (queued)
        *queued = c;
    return Status::success();
}

Status DeviceCommandService::cancel(const AdminSession &session, const QString &uuid)
{
    // Stopping a command is always the safer direction: whoever may lock a device may cancel.
    if (Status s = session.require(Permission::LockDevice, m_clock()); !s)
        return s;
    CommandRepository repo(m_db);
    const std::optional<DeviceCommand> existing = repo.findByUuid(uuid);
    if (!existing)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("DeviceCommandService", "No command %1.").arg(uuid));
    const Status s = repo.cancel(uuid, m_clock());
    AuditLog(m_db).record(session.actor(), QStringLiteral("command.cancel"), s ? QStringLiteral("success") : QStringLiteral("refused"),
                          QStringLiteral("uuid=%1 request_type=%2 status=%3").arg(uuid, existing->requestType, existing->status),
                          existing->deviceId);
    return s;
}
