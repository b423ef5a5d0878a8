#pragma once

#include "core/Status.h"

#include <QJsonObject>
#include <QString>

// The Android Enterprise QR provisioning JSON (scanned at the welcome screen after six taps): the
// agent as device admin, where to download it and its checksum, optional Wi-Fi, and the admin
// extras bundle with the console URL, CA fingerprint and one-time token (docs/agent-protocol.md,
// "Hand-over"). Encryption is never skipped: PROVISIONING_SKIP_ENCRYPTION is never written.
struct AndroidProvisioningPayload {
    QString adminComponent = QStringLiteral("org.clinicmdm.agent/.AdminReceiver");
    QString downloadUrl;       // https:// location of the agent APK
    QString signatureChecksum; // SHA-256 of the APK's signing certificate, base64url (preferred)
    QString packageChecksum;   // or SHA-256 of the APK file itself, base64url
    QString wifiSsid;          // optional
    QString wifiSecurity = QStringLiteral("WPA"); // NONE, WPA, WEP, EAP
    QString wifiPassword;
    bool wifiHidden = false;
    QString consoleUrl;
    QString caSha256;
    QString enrollToken;
    QString managementMode = QStringLiteral("device_owner");
    bool leaveSystemAppsEnabled = false;

    // Missing or unsafe pieces, with a message for the admin; success when ready to render.
    Status validate() const;
    QJsonObject toJson() const;
    QByteArray toCompactJson() const;

    // SHA-256 of a file, base64url without padding (the form PROVISIONING_DEVICE_ADMIN_PACKAGE_CHECKSUM takes).
    static Status packageChecksumOf(const QString &apkPath, QString *checksum);
};
