#pragma once

#include "security/AccountService.h"
#include "security/AdminSession.h"
#include "security/AuthService.h"

#include <QObject>
#include <QPointer>

class AuditCheckpointer;
class Database;
class EndpointService;
class GettingStartedWidget;
class IdleLock;
class MainWindow;
class QLabel;
class ReauthGate;
class PushService;
class ResetScheduler;
class SecretStore;

// The console's way in and out: first-run Administrator creation when no admin exists, sign-in
// otherwise, then the main window with the signed-in admin in the status bar, Lock and Sign out
// actions, and the idle lock (Setting::IdleLockMinutes). Everything is asynchronous: dialogs are
// opened, not exec()'d. Quits the application when the first dialog is cancelled.
class SecureConsole : public QObject
{
    Q_OBJECT
public:
    SecureConsole(Database &db, const QByteArray &fieldKey, QObject *parent = nullptr);
    ~SecureConsole() override;

    // The store the Audit page signs export checkpoints with (null: export disabled). Before start().
    void setSecretStore(SecretStore *store) { m_store = store; }
    void start();

    AuthService &auth() { return m_auth; }
    AccountService &accounts() { return m_accounts; }
    AdminSession &session() { return m_session; }
    MainWindow *window() const { return m_window; }
    IdleLock *idleLock() const { return m_idleLock; }
    ReauthGate *reauthGate() const { return m_gate; }
    // The device endpoint of this console (null without a secret store). It keeps serving devices
    // across sign-outs and locks; only an admin with ManageSettings starts or stops it.
    EndpointService *endpoint() const { return m_endpoint; }

signals:
    void consoleShown();
    void setupAssistantShown(QWidget *assistant);

private:
    void showSignIn();
    void openConsole(const AdminSession &session);
    void signOut(const QString &reason);
    void pushCredentialsChanged();
    void applyRole();
    void installPages();
    void installCommandPages();
    void startDeviceServices();
    // The first-run setup assistant (also Help > Setup assistant); one at a time.
    void showSetupAssistant();
    void openGettingStartedStep(int step);

    Database &m_db;
    AuthService m_auth;
    AccountService m_accounts;
    AdminSession m_session;
    QPointer<MainWindow> m_window;
    IdleLock *m_idleLock = nullptr;
    ReauthGate *m_gate = nullptr;
    SecretStore *m_store = nullptr;
    EndpointService *m_endpoint = nullptr;
    PushService *m_push = nullptr;
    ResetScheduler *m_resetScheduler = nullptr;
    AuditCheckpointer *m_checkpointer = nullptr;
    QByteArray m_fieldKey;
    QPointer<QWidget> m_assistant;
    QPointer<GettingStartedWidget> m_gettingStarted;
};
