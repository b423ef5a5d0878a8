#pragma once

#include "core/Status.h"
#include "security/Permission.h"
#include "shared/ResetSchedule.h"

#include <QList>
#include <functional>

class AdminSession;
class Database;

// Admins set up, change and remove reset-for-next-patient schedules here (ResetScheduler runs
// them). Setting one up needs ManagePolicies (Administrators), not the LockDevice a technician
// uses for a reset on the spot: a schedule is a standing instruction that clears patient data on
// every shared tablet of a group, again and again, with nobody at the console — configuration, as
// a policy is. Anyone who may see the fleet may read them. Every change is audited.
class ResetScheduleService
{
public:
    using Clock = std::function<qint64()>;
    static constexpr Permission ManagePermission = Permission::ManagePolicies;

    explicit ResetScheduleService(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    Status list(const AdminSession &admin, QList<ResetSchedule> &out) const;
    Status forDevice(const AdminSession &admin, qint64 deviceId, QList<ResetSchedule> &out) const;

    // One target: a shared device (deviceId) or a group (groupId). The target's schedule at the
    // same time is changed (days, enabled); otherwise a new one is added. `created` says which.
    Status set(const AdminSession &admin, qint64 deviceId, qint64 groupId, const QString &localTime, int daysMask, bool enabled,
               ResetSchedule *out = nullptr, bool *created = nullptr);
    Status remove(const AdminSession &admin, qint64 scheduleId);

private:
    Database &m_db;
    Clock m_clock;
};
