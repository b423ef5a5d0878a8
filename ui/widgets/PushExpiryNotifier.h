#pragma once

#include <QObject>

class QSystemTrayIcon;

// A desktop notification (system tray balloon) when the push certificate's warning level rises or
// APNs refuses it; once per level, not on every check. Nothing happens where no tray exists.
class PushExpiryNotifier : public QObject
{
    Q_OBJECT
public:
    explicit PushExpiryNotifier(QObject *parent = nullptr);

public slots:
    void setWarning(int level, const QString &message);
    void setAlarm(const QString &reason);

private:
    void show(const QString &title, const QString &message, bool critical);

    QSystemTrayIcon *m_tray = nullptr;
    int m_notifiedLevel = 0;
    bool m_alarmNotified = false;
};
