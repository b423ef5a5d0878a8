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
    Compliance, // the stored verdict (ComplianceService::storeVerdicts)
    Policy,     // the policy that verdict was judged by; empty: none assigned
};
constexpr int DeviceFieldCount = 12;
