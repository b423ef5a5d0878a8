#pragma once

#include "core/Status.h"
#include "fleet/DeviceGroup.h"
#include "fleet/DeviceTypes.h"
#include "security/AdminSession.h"

#include <optional>

class Database;

// Creating groups and adding devices to them: EditInventory, audited ("group.create", "group.add").
class DeviceGroupService
{
public:
    explicit DeviceGroupService(Database &db);

    Status create(const AdminSession &session, const QString &name, const QString &description, DeviceGroup *out = nullptr);
    // Adds the listed devices plus every device matching ownership/department (when given).
    Status add(const AdminSession &session, qint64 groupId, const QList<qint64> &deviceIds, std::optional<Ownership> ownership,
               const QString &department, int *added = nullptr);

private:
    Database &m_db;
};
