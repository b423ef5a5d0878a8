#pragma once

#include "core/Status.h"
#include "push/PushCertificate.h"
#include "security/SignInResult.h"

#include <optional>

class AdminSession;
class Database;

// The MDM push certificate's lifecycle as the engine decides it (ManageCertificates, audited):
// key + CSR for the vendor-signing flow, import of the signed certificate, the Apple ID recorded as
// its owner, and the one rule that protects the fleet: a certificate with ANOTHER topic than the
// current one (a new certificate instead of a renewal) orphans every enrolled Apple device, so it is
// refused unless the admin, freshly re-authenticated, explicitly accepts that they must all enroll
// again. Private keys pass through here on their way to the secret store; the caller writes them
// there (asynchronously) before commit().
class PushCertificateService
{
public:
    explicit PushCertificateService(Database &db);

    std::optional<PushCertificate> current() const;
    // The secret-store entry of the current certificate's key.
    static QString keySecretName(const PushCertificate &certificate);

    // A new RSA 2048 key and a PKCS#10 request for it (PEM both).
    static Status createRequest(const QString &commonName, QByteArray *csrPem, QByteArray *keyPem);
    Status recordRequest(const AdminSession &session, const QByteArray &csrPem, qint64 now);
    std::optional<QByteArray> pendingRequest() const;

    Status checkReplacement(const AdminSession &session, const PushCertificate &incoming, bool acceptReenrollment,
                            const SignInResult &reauth);
    // Call after checkReplacement() succeeded and the key is stored under keySecretName(incoming).
    Status commit(const AdminSession &session, PushCertificate incoming, const QString &appleId, qint64 now);
    Status setAppleId(const AdminSession &session, const QString &appleId, qint64 now);

    // APNs refused the certificate (403): stored so every console shows it until a new import.
    Status setAlarm(const QString &reason, qint64 now);

private:
    Database &m_db;
};
