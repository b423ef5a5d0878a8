#pragma once

#include "fleet/DeviceTypes.h"

#include <optional>

// Which devices "add by rule" puts in a group: every device matching all the given criteria.
struct DeviceGroupRule {
    std::optional<Ownership> ownership;
    QString department; // empty: any
    std::optional<Platform> platform;

    bool isEmpty() const { return !ownership && department.isEmpty() && !platform; }
};
