#pragma once

#include "core/Status.h"

#include <functional>

class AdminSession;
class Database;

// "Push now": a wake for one device, queued in the push outbox like a command's, so the device checks
// in at once and fetches whatever waits for it. Whoever may lock a device may wake it
// (Permission::LockDevice); a device without a working push channel is refused (nothing would
// reach it); every wake is audited (push.send).
class DeviceWakeService
{
public:
    using Clock = std::function<qint64()>;
    explicit DeviceWakeService(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    Status wake(const AdminSession &session, qint64 deviceId);

private:
    Database &m_db;
    Clock m_clock;
};
