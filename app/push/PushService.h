#pragma once

#include "push/PushCertificateExpiry.h"

#include <QObject>

class Database;
class PushCredentialLoader;
class PushDispatcher;
class QTimer;
class SecretStore;

// Push delivery as a process runs it: loads the credentials from the secret store, starts the
// PushDispatcher on the outbox and watches the push certificate (expiry levels 30/14/7/1 days,
// APNs' 403 alarm). Start one in the console window's process and one in `clinicmdm serve`:
//     auto *push = new PushService(db, secrets, parent);
//     connect(push, &PushService::certificateWarning, banner, &PushCertificateBanner::setWarning);
//     push->start();
class PushService : public QObject
{
    Q_OBJECT
public:
    PushService(Database &db, SecretStore &secrets, QObject *parent = nullptr);
    ~PushService() override;

    void start();
    // After a certificate or FCM account import: new credentials, new connections.
    void reload();
    void checkCertificate();
    PushDispatcher *dispatcher() const { return m_dispatcher; }

signals:
    // `level` is a PushCertificateExpiry::Level; None with an empty message clears the warning.
    void certificateWarning(int level, const QString &message);
    void certificateAlarm(const QString &reason);
    void problem(const QString &message);

private:
    Database &m_db;
    PushCredentialLoader *m_loader;
    PushDispatcher *m_dispatcher;
    QTimer *m_expiryTimer;
    bool m_started = false;
};
