#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"
#include "security/Actor.h"

class Database;

// What a command a device carried out changes beyond its own row, the same on both platforms and
// inside the caller's transaction: after an acknowledged selective wipe (Apple: RemoveProfile of the
// enrollment profile; Android: REMOVE_WORK_PROFILE) the clinic's apps and data are gone and the
// device is no longer managed, so it is marked unenrolled, its managed app list is emptied, and the
// trail records that the wipe was carried out (the admin's request was audited when queued).
namespace CommandCompletion {
bool isSelectiveWipe(const DeviceCommand &command);
Status apply(Database &db, const Actor &device, const DeviceCommand &command, const QString &status, qint64 now);
}
