#pragma once

#include "secrets/SecretBackend.h"

// Secrets in the OS keychain through QtKeychain: Secret Service (gnome-keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Never uses QtKeychain's plaintext fallback.
class KeychainSecretBackend : public SecretBackend
{
public:
    void read(const QString &service, SecretJob *job) override;
    void write(const QString &service, SecretJob *job, const QByteArray &secret) override;
    void remove(const QString &service, SecretJob *job) override;
    QString description() const override;
    QString unreachableHint() const override;
};
