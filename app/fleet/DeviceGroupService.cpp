#include "fleet/DeviceGroupService.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

#include <functional>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("DeviceGroupService", text); }

// Runs `work` in one transaction: all of it is stored, or nothing.
Status inTransaction(Database &db, const std::function<Status()> &work)
{
    QSqlDatabase conn = db.connection();
    if (!db.beginTransaction())
        return Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text());
    Status s = work();
    if (!s || !db.commitTransaction()) {
        db.rollbackTransaction();
        return s ? Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text()) : s;
    }
    return Status::success();
}
} // namespace

DeviceGroupService::DeviceGroupService(Database &db) : m_db(db) {}

Status DeviceGroupService::findGroup(qint64 groupId, DeviceGroup &out) const
{
    const std::optional<DeviceGroup> g = DeviceGroupRepository(m_db).findById(groupId);
    if (!g)
        return Status::failure(ErrorCode::NotFound, tr("No device group with id %1.").arg(groupId));
    out = *g;
    return Status::success();
}

Status DeviceGroupService::create(const AdminSession &session, const QString &name, const QString &description, DeviceGroup *out)
{
    if (Status s = session.require(Permission::EditInventory); !s)
        return s;
    DeviceGroup g{0, name, description, 0};
    if (Status s = DeviceGroupRepository(m_db).create(g, QDateTime::currentSecsSinceEpoch()); !s)
        return s;
    if (out)
        *out = g;
    return AuditLog(m_db).record(session.actor(), QStringLiteral("group.create"), QStringLiteral("success"),
                                 QStringLiteral("group=%1 name=\"%2\"").arg(g.id).arg(g.name));
}

Status DeviceGroupService::add(const AdminSession &session, qint64 groupId, const QList<qint64> &deviceIds,
                               std::optional<Ownership> ownership, const QString &department, int *added)
{
    return add(session, groupId, deviceIds, DeviceGroupRule{ownership, department, std::nullopt}, added);
}

Status DeviceGroupService::add(const AdminSession &session, qint64 groupId, const QList<qint64> &deviceIds,
                               const DeviceGroupRule &rule, int *added)
{
    if (Status s = session.require(Permission::EditInventory); !s)
        return s;
    DeviceGroup g;
    if (Status s = findGroup(groupId, g); !s)
        return s;
    DeviceGroupRepository repo(m_db);
    int listed = 0, matched = 0;
    const Status s = inTransaction(m_db, [&] {
        Status st = repo.addDevices(groupId, deviceIds, &listed);
        if (st && !rule.isEmpty())
            st = repo.addMatching(groupId, rule, &matched);
        if (!st)
            return st;
        return AuditLog(m_db).record(session.actor(), QStringLiteral("group.add"), QStringLiteral("success"),
                                     QStringLiteral("group=%1 name=\"%2\" added=%3 ownership=%4 department=\"%5\" platform=%6")
                                         .arg(groupId).arg(g.name).arg(listed + matched)
                                         .arg(rule.ownership ? DeviceTypes::toDb(*rule.ownership) : QString(), rule.department,
                                              rule.platform ? DeviceTypes::toDb(*rule.platform) : QString()));
    });
    if (s && added)
        *added = listed + matched;
    return s;
}

Status DeviceGroupService::addDevice(const AdminSession &session, qint64 groupId, qint64 deviceId)
{
    if (Status s = session.require(Permission::EditInventory); !s)
        return s;
    DeviceGroup g;
    if (Status s = findGroup(groupId, g); !s)
        return s;
    if (!DeviceRepository(m_db).findById(deviceId))
        return Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
    return inTransaction(m_db, [&] {
        int added = 0;
        if (Status st = DeviceGroupRepository(m_db).addDevices(groupId, {deviceId}, &added); !st)
            return st;
        return AuditLog(m_db).record(session.actor(), QStringLiteral("group.add"), QStringLiteral("success"),
                                     QStringLiteral("group=%1 name=\"%2\" added=%3").arg(groupId).arg(g.name).arg(added), deviceId);
    });
}

Status DeviceGroupService::remove(const AdminSession &session, qint64 groupId, const QList<qint64> &deviceIds, int *removed)
{
    if (Status s = session.require(Permission::EditInventory); !s)
        return s;
    DeviceGroup g;
    if (Status s = findGroup(groupId, g); !s)
        return s;
    QList<qint64> gone;
    const Status s = inTransaction(m_db, [&] {
        if (Status st = DeviceGroupRepository(m_db).removeDevices(groupId, deviceIds, &gone); !st)
            return st;
        for (qint64 id : gone)
            if (Status st = AuditLog(m_db).record(session.actor(), QStringLiteral("group.remove"), QStringLiteral("success"),
                                                  QStringLiteral("group=%1 name=\"%2\"").arg(groupId).arg(g.name), id);
                !st)
                return st;
        return Status::success();
    });
    if (s && removed)
        *removed = int(gone.size());
    return s;
}

QList<DeviceGroup> DeviceGroupService::list(const AdminSession &session) const
{
    if (!session.can(Permission::ViewFleet))
        return {};
    return DeviceGroupRepository(m_db).list();
}

QList<Device> DeviceGroupService::members(const AdminSession &session, qint64 groupId, int limit) const
{
    if (!session.can(Permission::ViewFleet))
        return {};
    return DeviceRepository(m_db).inGroup(groupId, limit);
}
