#pragma once

#include "pki/KeyAlgorithm.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <openssl/types.h>

#include <memory>

// Internal to app/pki: assembles and signs one X.509 v3 certificate. Each setter returns false on
// failure (the OpenSSL error queue says why); sign() returns nullptr when any step failed.
class CertificateBuilder
{
public:
    // Serial: 159 random bits from OpenSSL's CSPRNG. Validity starts an hour ago (devices with a
    // slightly late clock) and lasts exactly `validityDays`.
    explicit CertificateBuilder(int validityDays);
    ~CertificateBuilder();
    CertificateBuilder(const CertificateBuilder &) = delete;
    CertificateBuilder &operator=(const CertificateBuilder &) = delete;

    static EVP_PKEY *generateKey(KeyAlgorithm algorithm); // caller owns the key

    bool setSubject(const QString &commonName, const QString &organization);
    bool setSubject(const X509_NAME *name);
    bool setPublicKey(EVP_PKEY *key);
    // `issuer` null: self-signed (issuer name = subject, AKI = own SKI). Call before the extensions.
    bool setIssuer(X509 *issuer);
    bool addExtension(int nid, const char *value); // fixed, program-supplied values only
    bool addSubjectAltNames(const QStringList &dnsNames, const QList<QHostAddress> &addresses);
    X509 *sign(EVP_PKEY *issuerKey); // caller owns the certificate

private:
    X509 *m_certificate;
    X509 *m_issuer = nullptr;
    bool m_ok = true;
};
