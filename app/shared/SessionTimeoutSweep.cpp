#include "shared/SessionTimeoutSweep.h"

#include "db/WriteTransaction.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "shared/DeviceSessionRepository.h"
#include "shared/SessionRecorder.h"

#include <QHash>

int SessionTimeoutSweep::sweep(qint64 now)
{
    const QList<DeviceSession> open = DeviceSessionRepository(m_db).openSessions();
    if (open.isEmpty())
        return 0;
    PolicyRepository policies(m_db);
    const QHash<qint64, qint64> effective = policies.effectivePolicies();
    QHash<qint64, int> timeoutOfPolicy; // minutes; 0 = none
    int ended = 0;
    for (const DeviceSession &s : open) {
        const qint64 policyId = effective.value(s.deviceId);
        if (policyId == 0)
            continue;
        if (!timeoutOfPolicy.contains(policyId)) {
            PolicySettings settings;
            const std::optional<PolicyRecord> record = policies.findById(policyId);
            const bool read = record && PolicyJson::fromJson(record->body, &settings).ok();
            timeoutOfPolicy.insert(policyId, read && settings.sharedDevice.enabled ? settings.sharedDevice.sessionTimeoutMinutes : 0);
        }
        const int minutes = timeoutOfPolicy.value(policyId);
        if (minutes <= 0)
            continue;
        const qint64 deadline = s.startedAt + qint64(minutes) * 60 + GraceSeconds;
        if (now <= deadline)
            continue;
        WriteTransaction tx(m_db);
        if (!tx.isActive())
            return -1;
        // The session may have ended since the read (the device reported meanwhile): then Conflict.
        const Status st = SessionRecorder(m_db).signOut(s.deviceId, s.userName, deadline, QStringLiteral("timeout"), Actor::system(),
                                                        QStringLiteral("by=console-sweep timeout_minutes=%1").arg(minutes));
        if (st.code() == ErrorCode::Conflict)
            continue;
        if (!st || !tx.commit())
            return -1;
        ++ended;
    }
    return ended;
}
