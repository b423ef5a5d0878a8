#include "widgets/PushExpiryNotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

PushExpiryNotifier::PushExpiryNotifier(QObject *parent) : QObject(parent) {}

void PushExpiryNotifier::setWarning(int level, const QString &message)
{
    if (level <= m_notifiedLevel) {
        m_notifiedLevel = level; // a renewal lowers it; the next rise notifies again
        return;
    }
    m_notifiedLevel = level;
    show(tr("Apple push certificate"), message, level >= 4);
}

void PushExpiryNotifier::setAlarm(const QString &reason)
{
    if (reason.isEmpty() || m_alarmNotified)
        return;
    m_alarmNotified = true;
    show(tr("Apple refused the push certificate"), reason, true);
}

void PushExpiryNotifier::show(const QString &title, const QString &message, bool critical)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
        m_tray->show();
    }
    m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}
