#pragma once

#include "commands/BulkActionRequest.h"
#include "commands/DeviceActionDeclaration.h"

class AdminSession;
class Database;

// Runs one action on a list of devices, device by device, for the window and the command line
// alike: each device is checked against the action's declaration (DeviceActionRules) and then
// handed to the action's own service, which checks the admin's permission again and audits what it
// queues. A device the declaration refuses gets an audit entry of its own ("bulk.refused"), so the
// trail has one entry per device either way. One device's refusal never stops the others.
class BulkDeviceActionService
{
public:
    explicit BulkDeviceActionService(Database &db);

    // Whether the request can run at all (a known multiple-device action, its target present): asked
    // once before the first device; nothing is done or audited when it fails.
    Status validate(const AdminSession &session, const BulkActionRequest &request) const;
    // One device; `alone`: it is the whole selection (a personal device may then take a selective wipe).
    BulkActionOutcome runOne(const AdminSession &session, const BulkActionRequest &request, qint64 deviceId, bool alone);
    // Every device, in order.
    QList<BulkActionOutcome> run(const AdminSession &session, const BulkActionRequest &request, const QList<qint64> &deviceIds);

private:
    Status perform(const AdminSession &session, const BulkActionRequest &request, qint64 deviceId);

    Database &m_db;
};
