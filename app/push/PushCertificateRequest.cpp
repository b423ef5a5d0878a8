#include "push/PushCertificateRequest.h"

#include "push/PushCertificateService.h"
#include "push/PushCredentialNames.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QDateTime>

PushCertificateRequest::PushCertificateRequest(Database &db, SecretStore &secrets, const AdminSession &session,
                                               const QString &commonName, QObject *parent)
    : QObject(parent), m_db(db), m_secrets(secrets), m_session(session), m_commonName(commonName)
{
}

void PushCertificateRequest::start()
{
    // Checked before a key is made, so a refused admin leaves nothing behind.
    if (Status s = m_session.require(Permission::ManageCertificates); !s)
        return finish(s);
    QByteArray key;
    if (Status s = PushCertificateService::createRequest(m_commonName, &m_csr, &key); !s)
        return finish(s);
    SecretJob *job = m_secrets.write(QString::fromLatin1(PushCredentialNames::ApnsPendingRequestSecret), key);
    connect(job, &SecretJob::finished, this, [this](SecretJob *j) {
        if (!j->status())
            return finish(j->status());
        finish(PushCertificateService(m_db).recordRequest(m_session, m_csr, QDateTime::currentSecsSinceEpoch()));
    });
}

void PushCertificateRequest::finish(const Status &status)
{
    if (!status)
        m_csr.clear();
    emit finished(status);
    deleteLater();
}
