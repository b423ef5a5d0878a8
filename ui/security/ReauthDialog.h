#pragma once

#include <QDialog>

class AdminSession;
class AuthJob;
class AuthService;
struct SignInResult;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks the signed-in admin for the password and a code again before a sensitive action (full wipe,
// account and role changes, certificates, audit export). Accepted once the engine confirmed them;
// the session then carries the fresh confirmation the engine checks. The check runs off the GUI
// thread (AuthJob).
class ReauthDialog : public QDialog
{
    Q_OBJECT
public:
    ReauthDialog(AuthService &auth, AdminSession &session, const QString &action, QWidget *parent = nullptr);

private:
    void confirm();
    void confirmed(const SignInResult &r);
    void setBusy(bool busy);

    AuthService &m_auth;
    AdminSession &m_session;
    AuthJob *m_job = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};
