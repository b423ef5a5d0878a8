#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"
#include "fleet/DeviceTypes.h"

#include <QVariantMap>

class Database;

// An acknowledged InstallApplication or RemoveApplication of a catalog app says only that the device
// accepted the work; what it then has is asked right away with InstalledApplicationList (managed apps
// only, that one identifier), whose answer updates device_apps and so the app's install status.
// Runs in the caller's transaction; the query goes out in the same device session.
namespace AppleAppFollowUp {
Status queueAfter(Database &db, const DeviceCommand &command, const QVariantMap &commandPayload, Ownership ownership,
                  qint64 now);
}
