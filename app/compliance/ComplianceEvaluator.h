#pragma once

#include "compliance/ComplianceInput.h"
#include "compliance/DeviceCompliance.h"
#include "policy/PolicySettings.h"

// Decides each per-device safeguard for one device from what it reported, against what its policy
// asks (or, with no policy assigned, its ownership model's baseline). Pure: no database, so every
// case is unit-testable. Reasons name the reported value and when it was reported.
class ComplianceEvaluator
{
public:
    ComplianceEvaluator(qint64 nowSeconds, int unknownAfterDays);

    // `policyVersion` is the assigned policy's current version, 0 when no policy is assigned (then
    // `settings` is the baseline and Integrity is non-compliant: nothing enforces it).
    DeviceCompliance evaluate(const ComplianceInput &device, const PolicySettings &settings, const QString &policyLabel,
                              int policyVersion) const;

    static QString when(qint64 epochSeconds); // "2026-11-27 14:03 UTC"

private:
    SafeguardResult accessControl(const ComplianceInput &d, const PolicySettings &p) const;
    SafeguardResult automaticLogoff(const ComplianceInput &d, const PolicySettings &p) const;
    SafeguardResult encryption(const ComplianceInput &d, const PolicySettings &p) const;
    SafeguardResult integrity(const ComplianceInput &d, const PolicySettings &p, const QString &label, int version) const;
    SafeguardResult transmission(const ComplianceInput &d, const PolicySettings &p, int version) const;
    SafeguardResult deviceMedia(const ComplianceInput &d) const;
    SafeguardResult updates(const ComplianceInput &d, const PolicySettings &p) const;

    qint64 m_now;
    int m_unknownAfterDays;
};
