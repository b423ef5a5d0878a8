#pragma once

#include "core/Status.h"
#include "push/PushCertificate.h"
#include "security/AdminSession.h"
#include "security/SignInResult.h"

#include <QObject>

class Database;
class SecretStore;
class SecretJob;

// What the admin hands over to import an MDM push certificate: Apple's signed certificate (PEM/DER)
// for the request this console made, a certificate plus its key, or a PKCS#12 bundle.
struct PushCertificateImportRequest {
    QByteArray file;
    QString fileName;            // only its extension matters (.p12/.pfx)
    QByteArray password;         // of the PKCS#12 bundle or the encrypted key
    QByteArray keyPem;           // empty: the key is in the file, or it is the pending request's
    QString appleId;
    bool acceptReenrollment = false;
};

// Imports a push certificate end to end, the same way for the console window and the command line:
// parse, refuse a topic change unless accepted (PushCertificateService::checkReplacement), write the
// key to the secret store, then record the certificate. Asynchronous because the secret store is;
// emits finished() exactly once and deletes itself afterwards.
class PushCertificateImport : public QObject
{
    Q_OBJECT
public:
    PushCertificateImport(Database &db, SecretStore &secrets, const AdminSession &session, const SignInResult &reauth,
                          PushCertificateImportRequest request, QObject *parent = nullptr);

    void start();
    PushCertificate certificate() const { return m_certificate; }

signals:
    void finished(const Status &status);

private:
    void parsed(const Status &status);
    void finish(const Status &status);

    Database &m_db;
    SecretStore &m_secrets;
    AdminSession m_session;
    SignInResult m_reauth;
    PushCertificateImportRequest m_request;
    PushCertificate m_certificate;
};
