#pragma once

#include <QString>

// One certificate or key the console depends on, for the expiry chart and the report.
struct CertificateStatus {
    QString role;        // "Console CA", "Endpoint TLS", "APNs push", "FCM service account"
    QString subject;     // the certificate's subject, or the service account's e-mail
    qint64 notAfter = 0; // 0: no expiry date (not configured, or a key that does not expire)
    bool present = false; // configured on this console

    bool expires() const { return present && notAfter > 0; }
};
