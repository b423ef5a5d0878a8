#pragma once

#include <QString>

// How the console names commands and their states to a person. The protocol names (DeviceLock,
// EraseDevice, LOCK, WIPE, ...) stay in the database and the audit trail; these are for display.
namespace CommandNames {
QString displayName(const QString &requestType);  // "DeviceLock" -> "Lock"
QString statusName(const QString &status);        // "notnow" -> "Device busy, will retry"
QStringList statuses();                           // every status, in queue order
}
