#pragma once

#include "apple/AppleCommandBuilder.h"
#include "commands/DeviceCommand.h"
#include "core/Status.h"

class Database;

// Puts a built Apple command into the commands table (with a fresh upper-case UUID), in the
// caller's transaction. Who may queue what is decided by the callers (AppleCommandService for
// admins; the endpoint itself for the inventory queries after enrollment).
namespace AppleCommandQueuer {
Status enqueue(Database &db, qint64 deviceId, const AppleCommandBuilder::Built &built, const QString &queuedBy, qint64 now,
               DeviceCommand *queued = nullptr);
}
