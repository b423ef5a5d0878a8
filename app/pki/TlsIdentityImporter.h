#pragma once

#include "core/Status.h"
#include "pki/TlsIdentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/types.h>

// Imports a TLS server certificate and key bought from a public CA (or from the clinic's own
// enterprise CA) instead of the console's own: from PEM files or a PKCS#12 bundle. Checks that the
// key belongs to the certificate, that the certificate is valid now and that it chains, through the
// certificates supplied with it, to a trusted root (the system's, plus any extra anchors given).
class TlsIdentityImporter
{
public:
    void setExtraTrustAnchors(const QByteArray &pem) { m_extraAnchorsPem = pem; }
    void setUseSystemTrustStore(bool use) { m_useSystemStore = use; }
    // The moment the certificate must be valid at (default: now).
    void setCheckTime(const QDateTime &time) { m_checkTime = time; }

    // `certificatesPem`: the leaf first, then any intermediates. `keyPassword` for an encrypted key.
    Status fromPem(const QByteArray &certificatesPem, const QByteArray &privateKeyPem,
                   const QByteArray &keyPassword, TlsIdentity &out) const;
    Status fromPkcs12(const QByteArray &pkcs12, const QString &password, TlsIdentity &out) const;

private:
    Status check(X509 *leaf, EVP_PKEY *key, struct stack_st_X509 *chain, TlsIdentity &out) const;

    QByteArray m_extraAnchorsPem;
    QDateTime m_checkTime;
    bool m_useSystemStore = true;
};
