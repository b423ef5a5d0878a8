#include "shared/ResetScheduleService.h"

#include "audit/AuditLog.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "security/AdminSession.h"
#include "shared/ResetScheduleRepository.h"
#include "shared/ResetScheduleTiming.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ResetScheduleService", text); }

QString describe(const ResetSchedule &s)
{
    return QStringLiteral("schedule=%1 target=%2:%3 at=%4 days=%5 enabled=%6")
        .arg(s.id)
        .arg(s.deviceId > 0 ? QStringLiteral("device") : QStringLiteral("group"))
        .arg(s.deviceId > 0 ? s.deviceId : s.groupId)
        .arg(s.localTime, ResetScheduleTiming::daysText(s.daysMask), s.enabled ? QStringLiteral("yes") : QStringLiteral("no"));
}

} // namespace

ResetScheduleService::ResetScheduleService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

Status ResetScheduleService::list(const AdminSession &admin, QList<ResetSchedule> &out) const
{
    if (Status s = admin.require(Permission::ViewFleet); !s)
        return s;
    out = ResetScheduleRepository(m_db).list();
    return Status::success();
}

Status ResetScheduleService::forDevice(const AdminSession &admin, qint64 deviceId, QList<ResetSchedule> &out) const
{
    if (Status s = admin.require(Permission::ViewFleet); !s)
        return s;
    out = ResetScheduleRepository(m_db).forDevice(deviceId);
    return Status::success();
}

Status ResetScheduleService::set(const AdminSession &admin, qint64 deviceId, qint64 groupId, const QString &localTime, int daysMask,
                                 bool enabled, ResetSchedule *out, bool *created)
{
    if (Status s = admin.require(ManagePermission); !s)
        return s;
    if ((deviceId > 0) == (groupId > 0))
        return Status::failure(ErrorCode::InvalidInput, tr("A reset schedule is for one device or one group."));
    if (!ResetScheduleTiming::validTime(localTime))
        return Status::failure(ErrorCode::InvalidInput, tr("The time must be HH:MM (00:00 to 23:59), not %1.").arg(localTime));
    if (daysMask < 1 || daysMask > 0x7f)
        return Status::failure(ErrorCode::InvalidInput, tr("Choose at least one day of the week."));
    if (deviceId > 0) {
        const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
        if (!device)
            return Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
        if (device->ownership != Ownership::Shared)
            return Status::failure(ErrorCode::InvalidInput,
                                   tr("%1 is not a shared device; only shared tablets are reset for the next patient.").arg(device->name));
    } else if (!DeviceGroupRepository(m_db).findById(groupId)) {
        return Status::failure(ErrorCode::NotFound, tr("No device group with id %1.").arg(groupId));
    }
    const qint64 now = m_clock();
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    ResetScheduleRepository repo(m_db);
    std::optional<ResetSchedule> existing = repo.find(deviceId, groupId, localTime);
    ResetSchedule s = existing.value_or(ResetSchedule{});
    s.deviceId = deviceId;
    s.groupId = groupId;
    s.localTime = localTime;
    s.daysMask = daysMask;
    s.enabled = enabled;
    s.updatedAt = now;
    if (!existing) {
        s.createdBy = admin.username();
        s.createdAt = now;
    }
    if (Status st = existing ? repo.update(s) : repo.insert(s); !st)
        return st;
    if (Status st = AuditLog(m_db).record(admin.actor(), existing ? QStringLiteral("reset_schedule.change") : QStringLiteral("reset_schedule.create"),
                                          QStringLiteral("success"), describe(s), deviceId > 0 ? std::optional<qint64>(deviceId) : std::nullopt);
        !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    if (out)
        *out = repo.findById(s.id).value_or(s);
    if (created)
        *created = !existing;
    return Status::success();
}

Status ResetScheduleService::remove(const AdminSession &admin, qint64 scheduleId)
{
    if (Status s = admin.require(ManagePermission); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    ResetScheduleRepository repo(m_db);
    const std::optional<ResetSchedule> existing = repo.findById(scheduleId);
    if (!existing)
        return Status::failure(ErrorCode::NotFound, tr("No reset schedule %1.").arg(scheduleId));
    if (Status st = repo.remove(scheduleId); !st)
        return st;
    if (Status st = AuditLog(m_db).record(admin.actor(), QStringLiteral("reset_schedule.delete"), QStringLiteral("success"),
                                          describe(*existing),
                                          existing->deviceId > 0 ? std::optional<qint64>(existing->deviceId) : std::nullopt);
        !st)
        return st;
    return tx.commit();
}
