#include "push/DeviceWakeService.h"

#include "audit/AuditLog.h"
#include "fleet/Device.h"
#include "fleet/DeviceRepository.h"
#include "push/PushOutboxRepository.h"
#include "push/PushTokenRepository.h"
#include "security/AdminSession.h"

#include <QCoreApplication>
#include <QDateTime>

DeviceWakeService::DeviceWakeService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

Status DeviceWakeService::wake(const AdminSession &session, qint64 deviceId)
{
    if (Status s = session.require(Permission::LockDevice, m_clock()); !s)
        return s;
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("DeviceWakeService", "No device with id %1.").arg(deviceId));
    const std::optional<PushToken> channel = PushTokenRepository(m_db).find(deviceId);
    if (!channel || channel->state != QLatin1String("active"))
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("DeviceWakeService", "%1 has no working push channel yet: it is woken once it checks in.")
                                   .arg(device->name));
    if (Status s = PushOutboxRepository(m_db).enqueue(deviceId, QStringLiteral("manual by ") + session.username(), m_clock()); !s)
        return s;
    return AuditLog(m_db).record(session.actor(), QStringLiteral("push.send"), QStringLiteral("success"), QStringLiteral("manual wake"), deviceId);
}
