#include "secrets/KeychainSecretBackend.h"

#include "secrets/SecretJob.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {


Status toStatus(const KeychainSecretBackend &backend, QKeychain::Job *kj, const QString &name)
{
    switch (kj->error()) {
    case QKeychain::NoError:
        return Status::success();
    case QKeychain::EntryNotFound:
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("SecretStore", "The secret %1 is not in the OS keychain.").arg(name));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::failure(ErrorCode::PermissionDenied,
                               QCoreApplication::translate("SecretStore", "The OS keychain refused access to the secret %1 (%2). Unlock the keychain and try again.")
                                   .arg(name, kj->errorString()));
    case QKeychain::CouldNotDeleteEntry:
        return Status::failure(ErrorCode::Failure,
                               QCoreApplication::translate("SecretStore", "The OS keychain could not delete the secret %1 (%2).").arg(name, kj->errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SecretStore", "The OS keychain is not reachable (%1). %2")
                                                   .arg(kj->errorString(), backend.unreachableHint()));
}

template<typename KeychainJob>
void run(const KeychainSecretBackend &backend, KeychainJob *kj, SecretJob *job)
{
    kj->setAutoDelete(true);
    kj->setInsecureFallback(false); // a plaintext file next to the config is exactly what we must not do
    kj->setKey(job->name());
    QPointer<SecretJob> target(job);
    const QString name = job->name();
    QObject::connect(kj, &QKeychain::Job::finished, kj, [&backend, kj, target, name] {
        if (!target)
            return; // the job timed out and is gone
        QByteArray data;
        if constexpr (std::is_same_v<KeychainJob, QKeychain::ReadPasswordJob>)
            data = kj->binaryData();
        target->finish(toStatus(backend, kj, name), data);
    });
    kj->start();
}

} // namespace

void KeychainSecretBackend::read(const QString &service, SecretJob *job)
{
    run(*this, new QKeychain::ReadPasswordJob(service), job);
}

void KeychainSecretBackend::write(const QString &service, SecretJob *job, const QByteArray &secret)
{
    auto *kj = new QKeychain::WritePasswordJob(service);
    kj->setBinaryData(secret);
    run(*this, kj, job);
}

void KeychainSecretBackend::remove(const QString &service, SecretJob *job)
{
    run(*this, new QKeychain::DeletePasswordJob(service), job);
}

QString KeychainSecretBackend::description() const { return QCoreApplication::translate("SecretStore", "OS keychain"); }

QString KeychainSecretBackend::unreachableHint() const
{
    return QCoreApplication::translate("SecretStore", "ClinicMDM keeps its private keys in the OS keychain. On Linux, install a Secret Service provider "
              "(gnome-keyring or KWallet, plus dbus-user-session) and run ClinicMDM inside a desktop session with "
              "an unlocked keyring. On a headless server, opt in to a passphrase-encrypted secret file instead: "
              "set CLINICMDM_SECRET_FILE=/path/to/secrets.bin and CLINICMDM_SECRET_PASSPHRASE (see README, "
              "\"Secrets\").");
}
