#pragma once

#include "compliance/ComplianceState.h"
#include "compliance/Safeguard.h"
#include "fleet/DeviceTypes.h"

#include <QHash>
#include <QList>

// One safeguard's verdict on one device, with the exact reason (which reported value, when).
struct SafeguardResult {
    Safeguard safeguard = Safeguard::AccessControl;
    ComplianceState state = ComplianceState::Unknown;
    QString reason;
};

// Every per-device safeguard's verdict on one device.
struct DeviceCompliance {
    qint64 deviceId = 0;
    QString name;
    QString serial;
    Platform platform = Platform::iOS;
    Ownership ownership = Ownership::COPE;
    QString department;
    QString osVersion;
    qint64 lastSeen = 0;       // 0: never
    QString policy;            // 'policy "Shared tablets" v3', or the baseline used when no policy is assigned
    QString policyShort;       // "Shared tablets v3", or "none"
    bool hasPolicy = false;
    QList<SafeguardResult> results; // in SafeguardInfo::perDevice() order

    ComplianceState overall() const
    {
        bool unknown = false;
        for (const SafeguardResult &r : results) {
            if (r.state == ComplianceState::NonCompliant)
                return ComplianceState::NonCompliant;
            unknown = unknown || r.state == ComplianceState::Unknown;
        }
        return unknown ? ComplianceState::Unknown : ComplianceState::Compliant;
    }
    const SafeguardResult *result(Safeguard s) const
    {
        for (const SafeguardResult &r : results)
            if (r.safeguard == s)
                return &r;
        return nullptr;
    }
};
