#pragma once

#include "core/Status.h"
#include "fleet/Device.h"
#include "fleet/DeviceGroup.h"
#include "fleet/DeviceGroupRule.h"
#include "security/AdminSession.h"

#include <optional>

class Database;

// Device groups: creating them, adding devices (listed or by rule) and removing them. Changes need
// EditInventory and are audited ("group.create", "group.add", "group.remove"); reading needs ViewFleet.
class DeviceGroupService
{
public:
    explicit DeviceGroupService(Database &db);

    Status create(const AdminSession &session, const QString &name, const QString &description, DeviceGroup *out = nullptr);
    // Adds the listed devices plus every device matching ownership/department (when given).
    Status add(const AdminSession &session, qint64 groupId, const QList<qint64> &deviceIds, std::optional<Ownership> ownership,
               const QString &department, int *added = nullptr);
    // Adds the listed devices plus every device the rule matches (when not empty), in one transaction.
    Status add(const AdminSession &session, qint64 groupId, const QList<qint64> &deviceIds, const DeviceGroupRule &rule,
               int *added = nullptr);
    // One device, audited with its id (a bulk action's step); adding a member again is no change.
    Status addDevice(const AdminSession &session, qint64 groupId, qint64 deviceId);
    // Removes the listed members, one audit entry per device removed, in one transaction.
    Status remove(const AdminSession &session, qint64 groupId, const QList<qint64> &deviceIds, int *removed = nullptr);

    QList<DeviceGroup> list(const AdminSession &session) const;
    // The group's members by name, at most `limit` (the count is DeviceGroup::members).
    QList<Device> members(const AdminSession &session, qint64 groupId, int limit = 5000) const;

private:
    Status findGroup(qint64 groupId, DeviceGroup &out) const;

    Database &m_db;
};
