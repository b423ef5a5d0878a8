#pragma once

#include "android/AdbDevice.h"

#include <QObject>
#include <QTcpSocket>

class QTimer;

// Live list of attached devices: keeps host:track-devices-l open (host:track-devices on servers
// that lack the long form) and emits the whole list on every plug, unplug or state change. When the
// server goes away it says so and reconnects every few seconds.
class AdbDeviceTracker : public QObject
{
    Q_OBJECT
public:
    explicit AdbDeviceTracker(quint16 port, QObject *parent = nullptr);
    void start();
    void stop();
    bool isTracking() const { return m_tracking; }
    QList<AdbDevice> devices() const { return m_devices; }

signals:
    void devicesChanged(const QList<AdbDevice> &devices);
    void trackingLost(const QString &reason);
    void trackingStarted();

private:
    void connectNow();
    void readAvailable();
    void lost(const QString &reason);

    quint16 m_port;
    QTcpSocket *m_socket;
    QTimer *m_retry;
    QByteArray m_buffer;
    bool m_longForm = true;
    bool m_okay = false;
    bool m_tracking = false;
    bool m_stopped = true;
    bool m_everReceived = false;
    QList<AdbDevice> m_devices;
};
