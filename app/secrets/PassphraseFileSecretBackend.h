#pragma once

#include "core/Status.h"
#include "secrets/SecretBackend.h"
#include "secrets/SecretFileCipher.h"

#include <QJsonObject>

// The explicit opt-in for headless servers with no OS keychain (CLINICMDM_SECRET_FILE +
// CLINICMDM_SECRET_PASSPHRASE): every secret of every database, in one file encrypted with
// AES-256-GCM under an Argon2id key derived from the passphrase (format: SecretFileCipher).
// The file is rewritten atomically, mode 0600. Operations finish through the event loop like the
// keychain's, so callers cannot tell the backends apart.
class PassphraseFileSecretBackend : public SecretBackend
{
public:
    PassphraseFileSecretBackend(const QString &path, const QByteArray &passphrase);

    void read(const QString &service, SecretJob *job) override;
    void write(const QString &service, SecretJob *job, const QByteArray &secret) override;
    void remove(const QString &service, SecretJob *job) override;
    QString description() const override;
    QString unreachableHint() const override;

private:
    Status load(QJsonObject *all);
    Status save(const QJsonObject &all);

    QString m_path;
    SecretFileCipher m_cipher;
};
