#pragma once

// The device columns that can be shown, sorted and filtered. The order is the device table's
// column order.
enum class DeviceField {
    Name,
    Platform,
    Model,
    OsVersion,
    Ownership,
    Department,
    AssignedTo,
    State,
    LastSeen,
    Serial,
};
constexpr int DeviceFieldCount = 10;
