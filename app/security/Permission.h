#pragma once

#include <QList>
#include <QString>

// Everything the engine checks before acting. Add a value here and a row in AccessPolicy.cpp.
enum class Permission {
    ViewFleet,
    EnrollDevices,
    EditInventory,
    LockDevice,
    SelectiveWipe,
    FullWipe,
    ManagePolicies,
    ManageSettings,
    ManageAccounts,
    ViewAccounts,
    ViewAudit,
    VerifyAudit,
    ExportAudit,
    ExportReports,
    ManageCertificates,
    KioskMaintenance, // take a kiosk out of single-app mode for maintenance, and back
    LostMode,         // Lost Mode and location of a supervised corporate iOS device
    ExpectReenrollment, // let a new device identity take over an enrolled device's record for a while
};

namespace PermissionInfo {
QList<Permission> all();
QString name(Permission p);        // stable identifier for the audit trail, e.g. "FullWipe"
QString displayName(Permission p); // translated phrase, e.g. "wipe a whole device"
}
