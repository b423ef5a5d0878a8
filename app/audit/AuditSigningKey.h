#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QString>

#include <memory>

// The console's audit key: ECDSA P-256 with SHA-256, chosen because every openssl (and LibreSSL)
// an auditor may have verifies it with `openssl dgst -sha256 -verify`. The private key is kept
// as PEM (PKCS#8) in the SecretStore; the public key as PEM in the settings (AuditPublicKeys).
class AuditSigningKey
{
public:
    static constexpr const char *SecretName = "audit-signing-key";

    ~AuditSigningKey();
    AuditSigningKey(const AuditSigningKey &) = delete;
    AuditSigningKey &operator=(const AuditSigningKey &) = delete;

    static std::unique_ptr<AuditSigningKey> generate(Status *status);
    static std::unique_ptr<AuditSigningKey> fromPrivatePem(const QByteArray &pem, Status *status);

    QByteArray privatePem() const; // only for storing in the SecretStore
    QByteArray publicPem() const;
    QString fingerprint() const;
    // base64 DER signature, or empty on failure.
    QString sign(const QByteArray &message) const;

    // hex SHA-256 of the DER SubjectPublicKeyInfo; empty when the PEM is no public key.
    static QString fingerprintOf(const QByteArray &publicPem);
    static bool verify(const QByteArray &publicPem, const QByteArray &message, const QString &signatureBase64);

private:
    explicit AuditSigningKey(void *pkey);
    void *m_pkey; // EVP_PKEY, kept opaque so OpenSSL stays out of the engine's headers
};
