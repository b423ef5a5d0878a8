#include "security/IdleLock.h"

#include "security/LockScreen.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

IdleLock::IdleLock(AuthService &auth, AdminSession &session, QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_screen(new LockScreen(auth, session, window)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may shift its deadline by 5%; restarting on input must really restart it.
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(10 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    connect(m_screen, &LockScreen::unlocked, this, [this] {
        m_locked = false;
        for (const QPointer<QWidget> &w : std::as_const(m_hiddenWindows))
            if (w)
                w->show();
        m_hiddenWindows.clear();
        restart();
        emit unlocked();
    });
    connect(m_screen, &LockScreen::signOutRequested, this, &IdleLock::signOutRequested);
    QCoreApplication::instance()->installEventFilter(this);
    restart();
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setIdleTimeout(int msec)
{
    m_timer->setInterval(msec);
    restart();
}

int IdleLock::idleTimeout() const { return m_timer->interval(); }

int IdleLock::remainingMs() const { return m_timer->remainingTime(); }

void IdleLock::restart()
{
    if (!m_locked && m_timer->interval() > 0)
        m_timer->start();
    else
        m_timer->stop();
}

void IdleLock::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != m_window && w->isVisible()) {
            m_hiddenWindows << w;
            w->hide();
        }
    m_screen->activate();
    emit locked();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin: {
        if (!m_locked) {
            restart();
            break;
        }
        // Locked: input meant for the console behind the cover is dropped.
        // Input reaches the window object first and its widgets after; only the widgets are judged.
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget)
            return event->type() == QEvent::Shortcut ? true : QObject::eventFilter(watched, event);
        const bool forLockScreen = widget == m_screen || m_screen->isAncestorOf(widget);
        const bool forConsole = widget == m_window || m_window->isAncestorOf(widget);
        if (!forLockScreen && forConsole)
            return true;
        break;
    }
    case QEvent::MouseMove:
        if (!m_locked)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
