#include "android/AdbDeviceTracker.h"

#include "android/AdbProtocol.h"

#include <QHostAddress>
#include <QTimer>

AdbDeviceTracker::AdbDeviceTracker(quint16 port, QObject *parent)
    : QObject(parent), m_port(port), m_socket(new QTcpSocket(this)), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(3000);
    connect(m_retry, &QTimer::timeout, this, &AdbDeviceTracker::connectNow);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_buffer.clear();
        m_okay = false;
        m_socket->write(AdbProtocol::request(m_longForm ? "host:track-devices-l" : "host:track-devices"));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &AdbDeviceTracker::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { lost(tr("The adb server closed the device list.")); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            lost(tr("The adb server does not answer on 127.0.0.1:%1 (%2).").arg(m_port).arg(m_socket->errorString()));
    });
}

void AdbDeviceTracker::start()
{
    m_stopped = false;
    connectNow();
}

void AdbDeviceTracker::stop()
{
    m_stopped = true;
    m_retry->stop();
    m_socket->abort();
    m_tracking = false;
}

void AdbDeviceTracker::connectNow()
{
    if (m_stopped || m_socket->state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void AdbDeviceTracker::lost(const QString &reason)
{
    const bool wasTracking = m_tracking;
    m_tracking = false;
    if (m_stopped)
        return;
    if (wasTracking || !m_everReceived)
        emit trackingLost(reason);
    m_everReceived = false;
    if (!m_devices.isEmpty()) {
        m_devices.clear();
        emit devicesChanged(m_devices);
    }
    m_socket->abort();
    m_retry->start();
}

void AdbDeviceTracker::readAvailable()
{
    m_buffer += m_socket->readAll();
    if (!m_okay) {
        if (m_buffer.size() < 4)
            return;
        if (m_buffer.startsWith("FAIL")) {
            if (m_longForm) { // an older server: ask for the short form instead
                m_longForm = false;
                m_socket->abort();
                QTimer::singleShot(0, this, &AdbDeviceTracker::connectNow);
            } else {
                lost(QString::fromUtf8(m_buffer.mid(8)));
            }
            return;
        }
        if (!m_buffer.startsWith("OKAY")) {
            lost(tr("The adb server answered something unexpected."));
            return;
        }
        m_buffer.remove(0, 4);
        m_okay = true;
        m_tracking = true;
        emit trackingStarted();
    }
    for (;;) {
        const int n = AdbProtocol::hexLength(m_buffer);
        if (n < 0 || m_buffer.size() < 4 + n)
            return;
        const QList<AdbDevice> list = AdbDevice::parseList(m_buffer.mid(4, n));
        m_buffer.remove(0, 4 + n);
        // The first list after connecting is always announced, even empty: it tells a view "none attached".
        const bool first = !m_everReceived;
        m_everReceived = true;
        if (first || list != m_devices) {
            m_devices = list;
            emit devicesChanged(m_devices);
        }
    }
}
