#pragma once

#include "fleet/Device.h"

#include <QJsonObject>

// A device as JSON for scripts (`clinicmdm devices list --json`). The keys and the database
// spellings of platform, ownership and state are a documented interface: only ever add keys.
// Times are ISO 8601 UTC, or null when never.
namespace DeviceJson {
QJsonObject toJson(const Device &device);
}
