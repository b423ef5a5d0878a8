#pragma once

#include "core/Status.h"

#include <QObject>

#include <memory>

class Database;
class SecretBackend;
class SecretJob;

// Every private key and token of the console (CA key, push keys, FCM key, audit signing key, the
// data key for sensitive database fields) lives here, never in the database. Secrets belong to one
// fleet database: the keychain service is "ClinicMDM:<id>", with a random id stored in the
// database's settings on first use, so two databases never see each other's secrets and a moved
// database file keeps its own.
//
// Backends: the OS keychain (QtKeychain) by default; when CLINICMDM_SECRET_FILE is set, the
// passphrase-encrypted file named there with the passphrase from CLINICMDM_SECRET_PASSPHRASE
// (an explicit opt-in for headless servers; there is no plaintext fallback).
//
// The API is asynchronous: read/write/remove return a SecretJob that emits finished() once.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *FileEnv = "CLINICMDM_SECRET_FILE";
    static constexpr const char *PassphraseEnv = "CLINICMDM_SECRET_PASSPHRASE";
    static constexpr int DefaultTimeoutMsec = 60000; // long enough for a keyring unlock prompt

    SecretStore(const QString &service, std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    // The store of this database, on the backend the environment chooses. Null with *status set when
    // the environment is incomplete or the database cannot keep the service id.
    static SecretStore *open(Database &db, Status *status, QObject *parent = nullptr);
    static QString serviceFor(const QString &databaseId);
    // A store for secrets that cannot live under a database's id because they are needed before
    // the database opens (the PostgreSQL password): same backend choice as open().
    static SecretStore *openService(const QString &service, Status *status, QObject *parent = nullptr);

    QString service() const { return m_service; }
    QString backendDescription() const;
    void setTimeout(int msec) { m_timeoutMsec = msec; }

    SecretJob *read(const QString &name);
    SecretJob *write(const QString &name, const QByteArray &secret);
    SecretJob *remove(const QString &name);

private:
    SecretJob *start(int kind, const QString &name);

    QString m_service;
    std::unique_ptr<SecretBackend> m_backend;
    int m_timeoutMsec = DefaultTimeoutMsec;
};
