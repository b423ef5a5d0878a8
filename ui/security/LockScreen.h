#pragma once

#include <QWidget>

class AdminSession;
class AuthService;
class QLabel;
class QLineEdit;
class QPushButton;

// The opaque cover IdleLock lays over the console window: nothing of the window shows through, and
// only the signed-in admin's password (and code) takes it away again. The window beneath keeps its
// state, so the admin returns to exactly where they were.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(AuthService &auth, AdminSession &session, QWidget *parent);

    void activate(); // cover the parent and take the focus

signals:
    void unlocked();
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void unlock();

    AuthService &m_auth;
    AdminSession &m_session;
    QLabel *m_title = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_error = nullptr;
};
