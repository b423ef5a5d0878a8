#pragma once

#include "security/AdminSession.h"

#include <QDialog>

class AccountService;
class AuthJob;
class AuthService;
struct SignInResult;
class MfaSetupWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

// Sign-in: user name, password, and the authenticator code or a recovery code. After a failure it
// says how long the account refuses attempts and counts that down with the button disabled. The
// password is checked off the GUI thread (AuthJob) while the form shows it is busy. An
// Administrator who still has to set up MFA continues on the set-up page.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AuthService &auth, AccountService &accounts, QWidget *parent = nullptr);

    const AdminSession &session() const { return m_session; }
    int retryAfterSeconds() const { return m_retryAfter; }
    // True while the password is being checked (on a worker thread; the dialog stays responsive).
    bool isBusy() const;

private:
    void signIn();
    void signInFinished(const SignInResult &r);
    void setBusy(bool busy);
    void tick();

    AuthService &m_auth;
    AuthJob *m_job = nullptr;
    AdminSession m_session;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    QTimer *m_countdown = nullptr;
    QString m_failure;
    int m_retryAfter = 0;
    MfaSetupWidget *m_mfa = nullptr;
};
