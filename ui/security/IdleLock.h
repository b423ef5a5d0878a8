#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AdminSession;
class AuthService;
class LockScreen;
class QTimer;
class QWidget;

// Automatic logoff (HIPAA 164.312(a)(2)(iii)): after a stretch without keyboard or mouse input the
// console window is covered by a LockScreen until the admin enters the password again. The window
// itself is untouched, so the admin continues where they left off. Watches input application-wide
// through an event filter; while locked, keyboard input and shortcuts reach only the lock screen, and
// the application's other windows (open dialogs, menus) are hidden so nothing shows past the cover.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(AuthService &auth, AdminSession &session, QWidget *window, QObject *parent = nullptr);
    ~IdleLock() override;

    // Setting::IdleLockMinutes in production; tests use milliseconds. 0 turns the lock off.
    void setIdleTimeout(int msec);
    int idleTimeout() const;
    int remainingMs() const;
    bool isLocked() const { return m_locked; }
    LockScreen *lockScreen() const { return m_screen; }

    void lockNow();

signals:
    void locked();
    void unlocked();
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QWidget *m_window;
    LockScreen *m_screen;
    QTimer *m_timer;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenWindows; // dialogs hidden while locked, shown again on unlock
};
