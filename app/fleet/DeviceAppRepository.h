#pragma once

#include "core/Status.h"
#include "fleet/DeviceApp.h"

#include <QList>
#include <QStringList>

class Database;

// All SQL for device_apps. The caller decides what may be stored (on BYOD: managed apps only).
class DeviceAppRepository
{
public:
    explicit DeviceAppRepository(Database &db);

    // Replaces the device's app list with the reported one (callers own the transaction).
    Status replace(qint64 deviceId, const QList<DeviceApp> &apps, qint64 reportedAt);
    // An answer about some apps only (Apple's InstalledApplicationList with Identifiers): those
    // identifiers are replaced by what was reported, the rest of the list stays.
    Status replaceSome(qint64 deviceId, const QStringList &identifiers, const QList<DeviceApp> &apps, qint64 reportedAt);
    QList<DeviceApp> apps(qint64 deviceId) const;

private:
    Database &m_db;
};
