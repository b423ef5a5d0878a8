#pragma once

#include <QString>

// One certificate the console depends on, for the expiry chart and the report.
struct CertificateStatus {
    QString role;        // "Console CA", "Endpoint TLS", "APNs push"
    QString subject;
    qint64 notAfter = 0; // 0: not configured on this console
};
