#pragma once

#include "core/Status.h"
#include "lost/DeviceLocation.h"

#include <optional>

// What the console shows about a device's Lost Mode (LostModeService::status): whether the device
// may be put in Lost Mode at all (and why not), whether it reported being in it, and — only for an
// admin who may see it — where it last said it was.
struct LostModeStatus {
    bool eligible = false;
    Status whyNot;                // the refusal an action would get, when not eligible
    bool inLostMode = false;
    qint64 stateReportedAt = 0;   // epoch seconds; 0: never reported
    bool locationVisible = false; // the admin's role may see locations
    std::optional<DeviceLocation> lastLocation;
};
