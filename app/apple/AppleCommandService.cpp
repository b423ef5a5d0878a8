#include "apple/AppleCommandService.h"

#include "apple/AppleCommandBuilder.h"
#include "apple/AppleCommandQueuer.h"
#include "apple/AppleDeviceSecretRepository.h"
#include "audit/AuditLog.h"
#include "commands/DeviceCommandService.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceRepository.h"
#include "security/AdminSession.h"

#include <QCoreApplication>
#include <QDateTime>

Permission AppleCommandService::permissionFor(const QString &type)
{
    if (type == QLatin1String("DeviceLock") || type == QLatin1String("ClearPasscode") || type == QLatin1String("RestartDevice")
        || type == QLatin1String("LogOutUser"))
        return Permission::LockDevice;
    if (type == QLatin1String("EraseDevice"))
        return Permission::FullWipe;
    if (type == QLatin1String("RemoveProfile"))
        return Permission::SelectiveWipe; // removing the MDM profile takes the clinic's data with it
    if (type == QLatin1String("InstallProfile") || type == QLatin1String("InstallApplication")
        || type == QLatin1String("RemoveApplication"))
        return Permission::ManagePolicies;
    if (type == QLatin1String("Settings"))
        return Permission::EditInventory;
    return Permission::ViewFleet; // the inventory queries
}

Status AppleCommandService::queue(const AdminSession &session, qint64 deviceId, const QString &requestType,
                                  const QVariantMap &args, DeviceCommand *queued, const QString &confirmName,
                                  const SignInResult &reauth)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    auto refuse = [&](const QString &reason, const Status &status) {
        AuditLog(m_db).record(session.actor(), QStringLiteral("command.queue"), QStringLiteral("refused"),
                              QStringLiteral("request_type=%1 reason=%2").arg(requestType, reason), deviceId);
        return status;
    };
    if (requestType == QLatin1String("EraseDevice") && device && device->ownership == Ownership::BYOD)
        return refuse(QStringLiteral("byod"),
                      Status::failure(ErrorCode::PermissionDenied,
                                      QCoreApplication::translate("AppleCommandService", "%1 is a personal (BYOD) device: it can never be erased.")
                                          .arg(device->name)));
    if (Status s = session.require(permissionFor(requestType), now); !s)
        return s;
    if (!device)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AppleCommandService", "No device with id %1.").arg(deviceId));
    if (device->platform == Platform::Android)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("AppleCommandService", "%1 is an Android device; Apple commands do not apply.").arg(device->name));
    if (requestType == QLatin1String("DeviceLock"))
        return DeviceCommandService(m_db).lock(session, deviceId, args.value(QStringLiteral("Message")).toString(),
                                               args.value(QStringLiteral("PhoneNumber")).toString(), queued);
    if (requestType == QLatin1String("EraseDevice"))
        return DeviceCommandService(m_db).fullWipe(session, deviceId, confirmName, reauth, queued);
    AppleCommandBuilder::Built built;
    if (Status s = AppleCommandBuilder::build(requestType, args, device->ownership, built); !s)
        return refuse(QStringLiteral("invalid-arguments"), s);
    if (requestType == QLatin1String("ClearPasscode") && !AppleDeviceSecretRepository(m_db).unlockToken(deviceId))
        return refuse(QStringLiteral("no-unlock-token"),
                      Status::failure(ErrorCode::Conflict,
                                      QCoreApplication::translate("AppleCommandService", "%1 has not sent an UnlockToken; its passcode cannot be cleared remotely.")
                                          .arg(device->name)));
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    DeviceCommand c;
    if (Status s = AppleCommandQueuer::enqueue(m_db, deviceId, built, session.username(), now, &c); !s)
        return s;
    if (Status s = AuditLog(m_db).record(session.actor(), QStringLiteral("command.queue"), QStringLiteral("success"),
                                         QStringLiteral("uuid=%1 request_type=%2").arg(c.uuid, c.requestType), deviceId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (queued)
        *queued = c;
    return Status::success();
}
