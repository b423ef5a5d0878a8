#pragma once

#include "fleet/DeviceTypes.h"

#include <QString>
#include <QStringList>

// What a device identity says it is when it binds (Apple Authenticate, Android enroll): the
// identity, the enrollment it was issued for, and the UDID / serial number it claims.
struct DeviceClaim {
    QString identitySha256;      // the claiming certificate, hex
    qint64 enrollmentId = 0;
    qint64 enrollmentDeviceId = 0; // the record the enrollment was created for or completed on (0: none)
    qint64 boundDeviceId = 0;      // the record the identity is already bound to (0: not bound yet)
    Platform platform = Platform::iOS;
    Ownership ownership = Ownership::COPE; // the enrollment's
    QString udid;
    QString serial;
};

// DeviceClaimPolicy's answer.
struct DeviceClaimDecision {
    bool refused = false;
    QString reason;               // refusal code for the audit trail (refused only)
    qint64 deviceId = 0;          // the record the identity becomes; 0: a new record
    bool rebind = false;          // an expected re-enrollment: the record's previous identities end
    qint64 claimedDeviceId = 0;   // the existing record the claim named, if any
    QStringList claimedIdentities; // that record's live identities (SHA-256), for the audit trail
};
