#pragma once

#include <QString>
#include <QStringList>

// What the admin sees once when setting up MFA. Nothing here is stored in clear: the secret is
// sealed with the field key and the recovery codes are hashed.
struct MfaEnrollment {
    QString secretBase32;
    QString provisioningUri;
    QStringList recoveryCodes;
};
