#pragma once

#include "core/Status.h"
#include "push/PushCredentials.h"

#include <QObject>
#include <QStringList>

#include <functional>

class Database;
class SecretStore;

// Reads the push credentials: public parts from push_credentials, keys from the secret store
// (asynchronous). A credential whose key is missing is left out and named in warnings().
class PushCredentialLoader : public QObject
{
    Q_OBJECT
public:
    PushCredentialLoader(Database &db, SecretStore &secrets, QObject *parent = nullptr);

    void load();
    QStringList warnings() const { return m_warnings; }

signals:
    void loaded(const PushCredentials &credentials);

private:
    void readSecret(const QString &name, std::function<void(const QByteArray &)> use);
    void oneDone();

    Database &m_db;
    SecretStore &m_secrets;
    PushCredentials m_credentials;
    QStringList m_warnings;
    int m_outstanding = 0;
};
