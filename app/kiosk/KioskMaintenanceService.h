#pragma once

#include "core/Status.h"
#include "kiosk/KioskMaintenanceWindow.h"
#include "policy/PolicyRecord.h"
#include "policy/PolicySettings.h"

#include <QStringList>
#include <functional>

class AdminSession;
class Database;
struct Actor;
struct Device;

// Taking a patient kiosk out of single-app mode for maintenance, and back. Leaving kiosk mode is an
// admin action (Permission::KioskMaintenance) with a reason and a time limit; it is refused for a
// device whose effective policy has no kiosk on its platform. Android kiosks get STOP_KIOSK /
// START_KIOSK; Apple kiosks get RemoveProfile / InstallProfile of the policy's kiosk profile (only
// the App Lock, AppleProfileCompiler::kioskProfileIdentifier). The window is stored
// (kiosk_maintenance) and kiosk mode comes back by itself when it ends (resumeDue, called by
// KioskMaintenanceScheduler). Every exit, resume and refusal is audited (kiosk.exit, kiosk.resume).
class KioskMaintenanceService
{
public:
    using Clock = std::function<qint64()>;
    static constexpr int DefaultMinutes = 30;
    static constexpr int MaxMinutes = 24 * 60;

    explicit KioskMaintenanceService(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    Status exitKiosk(const AdminSession &session, qint64 deviceId, const QString &reason, int minutes,
                     KioskMaintenanceWindow *opened = nullptr);
    Status resumeKiosk(const AdminSession &session, qint64 deviceId);
    // Puts every kiosk whose window has ended back in kiosk mode (as the system). Returns how many;
    // what failed goes to `problems`.
    int resumeDue(QStringList *problems = nullptr);

    // Success when the device's effective policy locks it to a single app on its platform; else
    // InvalidInput saying why (for the GUI's enabled state and the refusals).
    Status kioskOf(const Device &device, PolicyRecord *policy = nullptr, PolicySettings *settings = nullptr) const;
    bool hasKiosk(qint64 deviceId) const;
    // Whether the device is out of kiosk mode for maintenance right now (the GUI's Resume action).
    bool inMaintenance(qint64 deviceId) const;

private:
    // Queues the command that locks the device to its app again and closes the window; audits.
    Status resume(const Actor &actor, const QString &by, const Device &device, const KioskMaintenanceWindow &window,
                  const QString &trigger);
    Status refuse(const AdminSession &session, qint64 deviceId, const QString &why, const Status &status);

    Database &m_db;
    Clock m_clock;
};
