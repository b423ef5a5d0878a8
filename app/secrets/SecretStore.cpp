#include "secrets/SecretStore.h"

#include "secrets/KeychainSecretBackend.h"
#include "secrets/PassphraseFileSecretBackend.h"
#include "secrets/SecretJob.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QUuid>

SecretStore::SecretStore(const QString &service, std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent), m_service(service), m_backend(std::move(backend))
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceFor(const QString &databaseId) { return QStringLiteral("ClinicMDM:") + databaseId; }

SecretStore *SecretStore::open(Database &db, Status *status, QObject *parent)
{
    SettingsRepository settings(db);
    QString id = settings.stringValue(Setting::SecretServiceId);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s = settings.setValue(Setting::SecretServiceId, id); !s) {
            *status = s;
            return nullptr;
        }
    }
    return openService(serviceFor(id), status, parent);
}

SecretStore *SecretStore::openService(const QString &service, Status *status, QObject *parent)
{
    std::unique_ptr<SecretBackend> backend;
    const QString file = qEnvironmentVariable(FileEnv);
    if (!file.isEmpty()) {
        const QByteArray passphrase = qgetenv(PassphraseEnv);
        if (passphrase.isEmpty()) {
            *status = Status::failure(ErrorCode::Usage,
                                      tr("%1 is set, so secrets are kept in the file %2, but %3 is empty: set the "
                                         "passphrase that encrypts that file.")
                                          .arg(QLatin1String(FileEnv), file, QLatin1String(PassphraseEnv)));
            return nullptr;
        }
        backend = std::make_unique<PassphraseFileSecretBackend>(file, passphrase);
    } else {
        backend = std::make_unique<KeychainSecretBackend>();
    }
    *status = Status::success();
    return new SecretStore(service, std::move(backend), parent);
}

QString SecretStore::backendDescription() const { return m_backend->description(); }

SecretJob *SecretStore::start(int kind, const QString &name)
{
    auto *job = new SecretJob(SecretJob::Kind(kind), name, this);
    job->startTimeout(m_timeoutMsec, m_backend->unreachableHint());
    return job;
}

SecretJob *SecretStore::read(const QString &name)
{
    SecretJob *job = start(int(SecretJob::Kind::Read), name);
    m_backend->read(m_service, job);
    return job;
}

SecretJob *SecretStore::write(const QString &name, const QByteArray &secret)
{
    SecretJob *job = start(int(SecretJob::Kind::Write), name);
    m_backend->write(m_service, job, secret);
    return job;
}

SecretJob *SecretStore::remove(const QString &name)
{
    SecretJob *job = start(int(SecretJob::Kind::Remove), name);
    m_backend->remove(m_service, job);
    return job;
}
