#pragma once

#include "compliance/DeviceCompliance.h"

#include <QHash>
#include <QList>

// Counts of one safeguard across the fleet.
struct SafeguardTally {
    int compliant = 0;
    int nonCompliant = 0;
    int unknown = 0;
    int total() const { return compliant + nonCompliant + unknown; }
    int percentCompliant() const { return total() ? int(qint64(compliant) * 100 / total()) : 0; }
};

// The fleet's compliance at one moment: every managed device's verdicts and the roll-ups.
struct FleetCompliance {
    qint64 evaluatedAt = 0;
    int unknownAfterDays = 0;
    QList<DeviceCompliance> devices;
    QMap<Safeguard, SafeguardTally> bySafeguard;
    QMap<EnrollmentState, int> notManaged; // pending, unenrolled, wiped: not evaluated
    int compliantDevices = 0;
    int nonCompliantDevices = 0;
    int unknownDevices = 0;
    int devicesWithoutPolicy = 0;

    // Device ids with `state` for `safeguard` (the dashboard's "which devices is this bar").
    QList<qint64> devicesIn(Safeguard safeguard, ComplianceState state) const
    {
        QList<qint64> out;
        for (const DeviceCompliance &d : devices)
            if (const SafeguardResult *r = d.result(safeguard); r && r->state == state)
                out << d.deviceId;
        return out;
    }
};
