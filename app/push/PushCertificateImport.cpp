#include "push/PushCertificateImport.h"

#include "push/PushCertificateService.h"
#include "push/PushCredentialNames.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QDateTime>

PushCertificateImport::PushCertificateImport(Database &db, SecretStore &secrets, const AdminSession &session,
                                             const SignInResult &reauth, PushCertificateImportRequest request, QObject *parent)
    : QObject(parent), m_db(db), m_secrets(secrets), m_session(session), m_reauth(reauth), m_request(std::move(request))
{
}

void PushCertificateImport::start()
{
    const QString name = m_request.fileName.toLower();
    const QByteArray &file = m_request.file;
    const bool isPem = file.contains("-----BEGIN");
    const bool isPkcs12 = !isPem && m_request.keyPem.isEmpty()
                          && (name.endsWith(QLatin1String(".p12")) || name.endsWith(QLatin1String(".pfx")));
    if (isPkcs12)
        return parsed(PushCertificate::fromPkcs12(file, QString::fromUtf8(m_request.password), m_certificate));
    if (!m_request.keyPem.isEmpty() || (isPem && file.contains("PRIVATE KEY-----"))) {
        const QByteArray key = m_request.keyPem.isEmpty() ? file : m_request.keyPem;
        return parsed(PushCertificate::fromCertificateAndKey(file, key, m_request.password, m_certificate));
    }
    // Apple's signed certificate for the request this console made: its key is the pending one.
    SecretJob *job = m_secrets.read(QString::fromLatin1(PushCredentialNames::ApnsPendingRequestSecret));
    connect(job, &SecretJob::finished, this, [this](SecretJob *j) {
        if (!j->status()) {
            finish(Status::failure(ErrorCode::InvalidInput,
                                   tr("This certificate has no private key with it and there is no pending certificate "
                                      "request: import the key too, or a PKCS#12 bundle (%1).").arg(j->status().message())));
            return;
        }
        parsed(PushCertificate::fromCertificateAndKey(m_request.file, j->data(), {}, m_certificate));
    });
}

void PushCertificateImport::parsed(const Status &status)
{
    if (!status)
        return finish(status);
    PushCertificateService service(m_db);
    if (Status s = service.checkReplacement(m_session, m_certificate, m_request.acceptReenrollment, m_reauth); !s)
        return finish(s);
    SecretJob *job = m_secrets.write(PushCertificateService::keySecretName(m_certificate), m_certificate.keyPem);
    connect(job, &SecretJob::finished, this, [this](SecretJob *j) {
        if (!j->status())
            return finish(j->status());
        finish(PushCertificateService(m_db).commit(m_session, m_certificate, m_request.appleId,
                                                   QDateTime::currentSecsSinceEpoch()));
    });
}

void PushCertificateImport::finish(const Status &status)
{
    m_certificate.keyPem.clear(); // the key lives in the secret store only
    emit finished(status);
    deleteLater();
}
