#pragma once

#include "fleet/DeviceTypes.h"
#include "security/Permission.h"

#include <QList>
#include <QString>

// Device state an action needs beyond the device's fixed properties; the engine's own services
// answer (KioskMaintenanceService, LostModeService, ReenrollmentService).
enum class ActionCondition {
    NotInKioskMaintenance,
    InKioskMaintenance,
    LostModeEligible,    // a supervised corporate iOS device, as LostModeService decides
    ReportedLostMode,    // the device reported being in Lost Mode
    ReenrollmentApplies, // ReenrollmentService::applies
};

// What selection a device action accepts, as data (Kleopatra's command restrictions): the window
// enables each action from its declaration and the selection, and the bulk service refuses each
// device the declaration does not accept, so the two cannot disagree.
struct DeviceActionDeclaration {
    QString id;             // stable, for code, the command line and the audit trail: "lock"
    Permission permission = Permission::ViewFleet; // the role must allow it (the action is not shown otherwise)
    bool multiple = false;  // accepts several devices at once: one confirmation, an outcome per device
    QList<Platform> platforms;   // empty: every platform
    QList<Ownership> ownerships; // empty: every ownership model
    bool notByod = false;        // never on a personal device
    // A personal device only when it is the whole selection: what the action removes from a phone
    // a clinician owns is decided for that phone, never swept up in a bulk action.
    bool byodOneAtATime = false;
    bool sharedOnly = false;     // shared clinical tablets only
    bool kioskOnly = false;      // devices whose policy locks them to a single app
    bool wipedToo = false;       // also for a wiped device (the others refuse one)
    QList<ActionCondition> conditions;
    const char *byodReason = nullptr; // why notByod, untranslated (DeviceActionRules context)
};
