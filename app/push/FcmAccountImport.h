#pragma once

#include "core/Status.h"
#include "push/FcmServiceAccount.h"
#include "security/AdminSession.h"

#include <QObject>

class Database;
class SecretStore;

// Imports the Firebase service account JSON that FCM v1 sends with: its private key goes to the
// secret store, the rest (project, client e-mail, token URI) to the database; audited. Shared by the
// console window and the command line; emits finished() once and deletes itself afterwards.
class FcmAccountImport : public QObject
{
    Q_OBJECT
public:
    FcmAccountImport(Database &db, SecretStore &secrets, const AdminSession &session, QByteArray json,
                     QObject *parent = nullptr);

    void start();
    FcmServiceAccount account() const { return m_account; }

signals:
    void finished(const Status &status);

private:
    void finish(const Status &status);

    Database &m_db;
    SecretStore &m_secrets;
    AdminSession m_session;
    QByteArray m_json;
    FcmServiceAccount m_account;
};
