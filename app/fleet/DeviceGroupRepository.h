#pragma once

#include "core/Status.h"
#include "fleet/DeviceGroup.h"
#include "fleet/DeviceGroupRule.h"
#include "fleet/DeviceTypes.h"

#include <QList>
#include <optional>

class Database;

// All SQL for device_groups and group_members.
class DeviceGroupRepository
{
public:
    explicit DeviceGroupRepository(Database &db);

    Status create(DeviceGroup &group, qint64 nowSeconds); // sets id; Conflict when the name exists
    std::optional<DeviceGroup> findByName(const QString &name) const;
    std::optional<DeviceGroup> findById(qint64 id) const;
    QList<DeviceGroup> list() const; // with member counts, by name
    // Adds devices (already present ones are skipped); returns how many were new via `added`.
    Status addDevices(qint64 groupId, const QList<qint64> &deviceIds, int *added = nullptr);
    // Adds every device the rule matches in one statement.
    Status addMatching(qint64 groupId, const DeviceGroupRule &rule, int *added = nullptr);
    // Removes the listed devices from the group; `removed`: the ids that were members.
    Status removeDevices(qint64 groupId, const QList<qint64> &deviceIds, QList<qint64> *removed = nullptr);
    QList<qint64> members(qint64 groupId) const;

private:
    Database &m_db;
};
