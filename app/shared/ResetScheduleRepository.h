#pragma once

#include "core/Status.h"
#include "shared/ResetSchedule.h"

#include <QList>
#include <optional>

class Database;

// All SQL for reset_schedules. Callers own transactions.
class ResetScheduleRepository
{
public:
    explicit ResetScheduleRepository(Database &db) : m_db(db) {}

    Status insert(ResetSchedule &schedule); // sets id
    Status update(const ResetSchedule &schedule); // days, time, enabled, updated_at
    Status remove(qint64 id);                     // NotFound when there is no such schedule
    Status markRun(qint64 id, qint64 at);
    std::optional<ResetSchedule> findById(qint64 id) const;
    // The schedule of exactly this target at this time, if any (`set` changes it instead of adding).
    std::optional<ResetSchedule> find(qint64 deviceId, qint64 groupId, const QString &localTime) const;
    QList<ResetSchedule> list() const; // by target name, then time
    // The schedules that reach a device: its own and its groups'.
    QList<ResetSchedule> forDevice(qint64 deviceId) const;

private:
    QList<ResetSchedule> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};
