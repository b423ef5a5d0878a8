#pragma once

#include "commands/DeviceActionDeclaration.h"
#include "core/Status.h"
#include "fleet/Device.h"

class AdminSession;
class Database;

// Applies a DeviceActionDeclaration to an admin and devices: whether the action is shown, whether it
// accepts a device or a selection, and if not, why (a message for the admin and a stable reason key
// for the audit trail). The window enables its actions from it; BulkDeviceActionService refuses each
// device it does not accept.
class DeviceActionRules
{
public:
    // `db` may be null (no conditions can be checked then: actions that have some are refused).
    DeviceActionRules(Database *db, const AdminSession *session);

    bool visible(const DeviceActionDeclaration &action) const; // the admin's role allows it

    struct Verdict {
        Status status;     // success: the action accepts the device
        QString reasonKey; // for the audit trail: "byod", "not-shared", "platform", ...
    };
    // Whether the action accepts this device; `alone`: the device is the whole selection.
    Verdict check(const DeviceActionDeclaration &action, const Device &device, bool alone) const;
    // A single-device action needs exactly one device it accepts; a multiple one at least one (the
    // others are refused one by one when it runs). The first refusal says why when none is accepted.
    Status acceptsSelection(const DeviceActionDeclaration &action, const QList<Device> &selection) const;

private:
    Verdict checkCondition(ActionCondition condition, const Device &device) const;

    Database *m_db;
    const AdminSession *m_session;
};
