#include "fleet/DeviceRebinder.h"

#include "apple/AppleDeviceSecretRepository.h"
#include "apple/AppleIdentityRepository.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceIdentityRepository.h"
#include "fleet/ReenrollmentExpectationRepository.h"
#include "lost/LocationRepository.h"
#include "push/PushTokenRepository.h"
#include "shared/DeviceSessionRepository.h"

Status DeviceRebinder::rebind(const Actor &device, qint64 deviceId, const QString &newIdentitySha256, qint64 now)
{
    const QStringList previous = DeviceIdentityRepository(m_db).liveIdentities(deviceId, now);
    int cancelled = 0;
    if (Status s = ReenrollmentExpectationRepository(m_db).consume(deviceId, newIdentitySha256, now); !s)
        return s;
    if (Status s = AppleIdentityRepository(m_db).retireDevice(deviceId); !s)
        return s;
    if (Status s = AppleDeviceSecretRepository(m_db).remove(deviceId); !s)
        return s;
    if (Status s = CommandRepository(m_db).cancelPending(deviceId, QStringLiteral("re-enrollment: queued for the previous identity"), now,
                                                         &cancelled);
        !s)
        return s;
    if (Status s = LocationRepository(m_db).removeAll(deviceId); !s)
        return s;
    if (Status s = DeviceFactRepository(m_db).forget(deviceId, {DeviceFact::LostMode}); !s)
        return s;
    if (Status s = PushTokenRepository(m_db).remove(deviceId); !s)
        return s;
    if (Status s = DeviceSessionRepository(m_db).closeOpen(deviceId, now, QStringLiteral("reset")); !s)
        return s;
    return AuditLog(m_db).record(device, QStringLiteral("device.reenrolled"), QStringLiteral("success"),
                                 QStringLiteral("cert_sha256=%1 previous_cert_sha256=%2 commands_cancelled=%3 unlock_token=purged "
                                                "locations=dropped")
                                     .arg(newIdentitySha256, previous.isEmpty() ? QStringLiteral("none") : previous.join(QLatin1Char(',')))
                                     .arg(cancelled),
                                 deviceId);
}
