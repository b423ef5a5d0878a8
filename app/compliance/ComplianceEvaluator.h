#pragma once

#include "compliance/ComplianceInput.h"

#include <QHash>
#include <QList>
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

    // The newest Apple OS release of each major line that devices of the fleet report running, and
    // since when the first of them runs it (os_version_since): how long an update has been out.
    struct Release {
        QString version;
        qint64 since = 0;
    };
    // `reports`: each Apple device's (os_version, os_version_since), ComplianceRepository::appleOsVersions.
    static QHash<QString, Release> newestAppleReleases(const QList<std::pair<QString, qint64>> &reports);
    // With them, an Apple device behind the newest release of its line for longer than the
    // policy's osUpdates.deadlineDays is non-compliant (not only one below the fixed minimum).
    void setNewestAppleReleases(const QHash<QString, Release> &releases) { m_newestApple = releases; }

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
    QHash<QString, Release> m_newestApple; // major version ("17") -> newest release seen
};
