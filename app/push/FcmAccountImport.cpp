#include "push/FcmAccountImport.h"

#include "audit/AuditLog.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QDateTime>

FcmAccountImport::FcmAccountImport(Database &db, SecretStore &secrets, const AdminSession &session, QByteArray json,
                                   QObject *parent)
    : QObject(parent), m_db(db), m_secrets(secrets), m_session(session), m_json(std::move(json))
{
}

void FcmAccountImport::start()
{
    if (Status s = FcmServiceAccount::fromJson(m_json, m_account); !s)
        return finish(s);
    m_json.fill('\0'); // the JSON holds the private key: keep no copy beyond the secret store's
    m_json.clear();
    if (Status s = m_session.require(Permission::ManageCertificates); !s)
        return finish(s);
    SecretJob *job = m_secrets.write(QString::fromLatin1(PushCredentialNames::FcmServiceAccountSecret), m_account.privateKeyPem);
    connect(job, &SecretJob::finished, this, [this](SecretJob *j) {
        if (!j->status())
            return finish(j->status());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (Status s = PushCredentialRepository(m_db).put(QString::fromLatin1(PushCredentialNames::FcmServiceAccount),
                                                          m_account.metadata(), now);
            !s)
            return finish(s);
        finish(AuditLog(m_db).record(m_session.actor(), QStringLiteral("push.fcm.import"), QStringLiteral("success"),
                                     QStringLiteral("project=%1 client_email=%2").arg(m_account.projectId, m_account.clientEmail)));
    });
}

void FcmAccountImport::finish(const Status &status)
{
    m_account.privateKeyPem.clear();
    emit finished(status);
    deleteLater();
}
