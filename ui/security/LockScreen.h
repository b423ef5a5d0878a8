#pragma once

#include <QWidget>

class AdminSession;
class AuthJob;
class AuthService;
struct SignInResult;
class QLabel;
class QLineEdit;
class QPushButton;

// The opaque cover IdleLock lays over the console window: nothing of the window shows through, and
// only the signed-in admin's password (and code) takes it away again. The window beneath keeps its
// state, so the admin returns to exactly where they were. The password alone unlocks: the session
// already passed MFA, and sensitive actions still ask for a code (ReauthDialog). The password is
// checked off the GUI thread (AuthJob).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(AuthService &auth, const AdminSession &session, QWidget *parent);

    void activate(); // cover the parent and take the focus

signals:
    void unlocked();
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void unlock();
    void unlockFinished(const SignInResult &r);
    void setBusy(bool busy);

    AuthService &m_auth;
    const AdminSession &m_session;
    QLabel *m_title = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_unlock = nullptr;
    AuthJob *m_job = nullptr;
};
