#pragma once

#include "core/Status.h"
#include "fleet/Device.h"
#include "fleet/DeviceFactRepository.h"

#include <QHash>

// Which devices Lost Mode and location apply to, decided in one place: supervised, corporate
// iPhones and iPads that are (or were last) enrolled. A personal (BYOD) device is never located,
// whoever asks; Android devices and unsupervised Apple devices cannot be put in MDM Lost Mode.
class LostModeEligibility
{
public:
    struct Verdict {
        Status status;  // success, or the refusal with a message for the admin
        QString reason; // for the audit trail: byod, android, unsupervised, not-enrolled
        bool ok() const { return status.ok(); }
    };

    static Verdict check(const Device &device, const QHash<QString, ReportedFact> &facts);
    static bool inLostMode(const QHash<QString, ReportedFact> &facts);
};
