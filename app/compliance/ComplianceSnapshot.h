#pragma once

#include "compliance/FleetCompliance.h"

// One day's roll-up of one safeguard (compliance_snapshots).
struct ComplianceSnapshot {
    qint64 day = 0; // UTC midnight, epoch seconds
    Safeguard safeguard = Safeguard::AccessControl;
    SafeguardTally tally;
};
