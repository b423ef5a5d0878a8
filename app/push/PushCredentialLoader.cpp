#include "push/PushCredentialLoader.h"

#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

PushCredentialLoader::PushCredentialLoader(Database &db, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_db(db), m_secrets(secrets)
{
}

void PushCredentialLoader::load()
{
    PushCredentialRepository repo(m_db);
    m_credentials = {};
    m_warnings.clear();
    m_outstanding = 1; // this function's own share, released at the end
    if (const auto cert = repo.get(QString::fromLatin1(PushCredentialNames::ApnsCertificate))) {
        m_credentials.apnsCertificatePem = cert->value(QStringLiteral("certificate_pem")).toString().toLatin1();
        m_credentials.apnsTopic = cert->value(QStringLiteral("topic")).toString();
        readSecret(cert->value(QStringLiteral("key_secret")).toString(),
                   [this](const QByteArray &key) { m_credentials.apnsKeyPem = key; });
    }
    if (const auto key = repo.get(QString::fromLatin1(PushCredentialNames::ApnsAuthKey))) {
        m_credentials.apnsAuthKeyId = key->value(QStringLiteral("key_id")).toString();
        m_credentials.apnsTeamId = key->value(QStringLiteral("team_id")).toString();
        readSecret(QString::fromLatin1(PushCredentialNames::ApnsAuthKeySecret), [this](const QByteArray &p8) { m_credentials.apnsAuthKeyPem = p8; });
    }
    if (const auto fcm = repo.get(QString::fromLatin1(PushCredentialNames::FcmServiceAccount))) {
        const QJsonObject metadata = *fcm;
        readSecret(QString::fromLatin1(PushCredentialNames::FcmServiceAccountSecret), [this, metadata](const QByteArray &pem) {
            m_credentials.fcm = FcmServiceAccount::fromMetadata(metadata, pem);
        });
    }
    oneDone();
}

void PushCredentialLoader::readSecret(const QString &name, std::function<void(const QByteArray &)> use)
{
    ++m_outstanding;
    SecretJob *job = m_secrets.read(name);
    connect(job, &SecretJob::finished, this, [this, use, name](SecretJob *j) {
        if (j->status())
            use(j->data());
        else
            m_warnings << QCoreApplication::translate("PushCredentialLoader", "The key %1 cannot be read from the secret store: %2")
                              .arg(name, j->status().message());
        oneDone();
    });
}

void PushCredentialLoader::oneDone()
{
    if (--m_outstanding == 0)
        emit loaded(m_credentials);
}
