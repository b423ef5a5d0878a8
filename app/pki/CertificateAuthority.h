#pragma once

#include "core/Status.h"
#include "pki/KeyAlgorithm.h"
#include "pki/TlsIdentity.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <openssl/types.h>

#include <memory>

// The console's own certificate authority: it issues the endpoint's TLS certificate and the devices'
// identity certificates (SCEP), and signs profiles. Its private key belongs in the secret store: the
// caller exports it with privateKeyPem() and hands it back to load(). Copies share the same
// immutable certificate and key; const members are safe to call from several threads.
class CertificateAuthority
{
public:
    static constexpr int DefaultValidityDays = 10 * 365;
    // iOS refuses TLS certificates valid for longer (Apple's rule since iOS 13).
    static constexpr int MaxTlsValidityDays = 825;
    static constexpr int DefaultClientValidityDays = 2 * 365;

    // A self-signed CA: basicConstraints CA:TRUE (critical), keyUsage keyCertSign, cRLSign and
    // digitalSignature (critical; the CA also signs profiles and SCEP replies), SKI and AKI.
    static Status create(const QString &commonName, const QString &organization, KeyAlgorithm algorithm,
                         int validityDays, CertificateAuthority &out);
    // Checks that the key matches the certificate and that the certificate is a CA.
    static Status load(const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                       CertificateAuthority &out);

    bool isNull() const { return !m_certificate; }
    QByteArray certificatePem() const;
    QByteArray certificateDer() const;
    QByteArray privateKeyPem() const; // PKCS#8, unencrypted: for the secret store only

    // A new P-256 key and a serverAuth certificate for these names (at least one name in all).
    Status issueTlsCertificate(const QStringList &dnsNames, const QList<QHostAddress> &addresses,
                               int validityDays, TlsIdentity &out) const;
    // A clientAuth certificate for the key and subject of a PKCS#10 request (PEM or DER) whose
    // self-signature verifies. Extensions the request asks for are ignored. RSA keys below 2048
    // bits and EC keys below 256 bits are refused.
    Status issueClientCertificate(const QByteArray &csr, int validityDays, QByteArray &certificateDer) const;

    // For the other pki classes (CmsSigner, CmsVerifier, SCEP).
    std::shared_ptr<X509> certificate() const { return m_certificate; }
    std::shared_ptr<EVP_PKEY> privateKey() const { return m_key; }

private:
    std::shared_ptr<X509> m_certificate;
    std::shared_ptr<EVP_PKEY> m_key;
};
