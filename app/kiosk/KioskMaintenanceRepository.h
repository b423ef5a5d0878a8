#pragma once

#include "core/Status.h"
#include "kiosk/KioskMaintenanceWindow.h"

#include <QList>
#include <QSet>
#include <optional>

class Database;

// All SQL for kiosk_maintenance. Callers own transactions.
class KioskMaintenanceRepository
{
public:
    explicit KioskMaintenanceRepository(Database &db);

    Status open(KioskMaintenanceWindow &window); // sets id
    Status close(qint64 windowId, qint64 at, const QString &by);
    std::optional<KioskMaintenanceWindow> openWindow(qint64 deviceId) const;
    QList<KioskMaintenanceWindow> openWindows() const;          // soonest end first
    QList<KioskMaintenanceWindow> dueWindows(qint64 now) const; // open and ended by now
    QSet<qint64> devicesInMaintenance() const;
    QList<KioskMaintenanceWindow> history(qint64 deviceId) const; // newest first

private:
    QList<KioskMaintenanceWindow> select(const QString &where, const QVariantList &values) const;
    Database &m_db;
};
