#pragma once

#include "core/Status.h"
#include "security/AdminSession.h"

#include <QObject>

class Database;
class SecretStore;

// The first step of getting an MDM push certificate: a new key (kept in the secret store as the
// pending request's key) and its certificate signing request, which the admin has signed by the MDM
// vendor and uploads to identity.apple.com. Shared by the console window and the command line;
// emits finished() once and deletes itself afterwards.
class PushCertificateRequest : public QObject
{
    Q_OBJECT
public:
    PushCertificateRequest(Database &db, SecretStore &secrets, const AdminSession &session, const QString &commonName,
                           QObject *parent = nullptr);

    void start();
    QByteArray csrPem() const { return m_csr; }

signals:
    void finished(const Status &status);

private:
    void finish(const Status &status);

    Database &m_db;
    SecretStore &m_secrets;
    AdminSession m_session;
    QString m_commonName;
    QByteArray m_csr;
};
