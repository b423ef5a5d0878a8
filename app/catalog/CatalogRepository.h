#pragma once

#include "catalog/AppInstallState.h"
#include "catalog/CatalogApp.h"
#include "core/Status.h"

#include <optional>

class Database;

// All SQL for the app catalog: catalog_apps, catalog_assignments, and the install state read from
// what devices report (device_apps) and the command queue.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database &db);

    Status insert(CatalogApp &app); // sets app.id; Conflict when the identifier is already in the catalog
    Status update(const CatalogApp &app);
    Status remove(qint64 id);
    std::optional<CatalogApp> findById(qint64 id) const;
    std::optional<CatalogApp> findByIdentifier(const QString &identifier) const;
    QList<CatalogApp> all() const;

    Status assign(qint64 appId, qint64 groupId, qint64 now);
    Status unassign(qint64 appId, qint64 groupId);
    QList<qint64> assignedGroups(qint64 appId) const;
    QList<qint64> groupMembers(qint64 groupId) const;
    std::optional<qint64> groupByName(const QString &name) const;
    // Catalog apps assigned to any group the device belongs to.
    QList<CatalogApp> appsForDevice(qint64 deviceId) const;

    // Devices that have the app, are getting it, failed to, or were targeted (assigned groups and
    // devices with an install command), one state each.
    QList<AppInstallState> installStates(const CatalogApp &app) const;
    // The Android Play apps the device's policy lists (applications[]): those of its groups, less
    // the ones removed from it since they were assigned.
    QList<CatalogApp> policyAppsForDevice(qint64 deviceId) const;

private:
    Database &m_db;
};
