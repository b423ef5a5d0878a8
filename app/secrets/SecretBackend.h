#pragma once

#include <QByteArray>
#include <QString>

class SecretJob;

// Where SecretStore keeps secrets: the OS keychain, or the opt-in passphrase-encrypted file.
// A backend answers each call by finishing the job it was given, now or later.
class SecretBackend
{
public:
    virtual ~SecretBackend() = default;
    virtual void read(const QString &service, SecretJob *job) = 0;
    virtual void write(const QString &service, SecretJob *job, const QByteArray &secret) = 0;
    virtual void remove(const QString &service, SecretJob *job) = 0;
    // For messages: "OS keychain", "secret file /path".
    virtual QString description() const = 0;
    // What to tell the admin when the backend does not answer.
    virtual QString unreachableHint() const = 0;
};
