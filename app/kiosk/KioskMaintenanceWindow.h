#pragma once

#include <QString>

// One row of kiosk_maintenance: a kiosk out of single-app mode for maintenance, until endsAt.
struct KioskMaintenanceWindow {
    qint64 id = 0;
    qint64 deviceId = 0;
    qint64 policyId = 0;     // the kiosk policy in force when it left kiosk mode
    QString reason;
    QString startedBy;
    qint64 startedAt = 0;    // epoch seconds, UTC
    qint64 endsAt = 0;
    qint64 resumedAt = 0;    // 0: still in maintenance
    QString resumedBy;       // an admin's name, or "system" when the window ran out

    bool isOpen() const { return resumedAt == 0; }
};
