#include "android/AdbSocketJob.h"

#include "android/AdbProtocol.h"

#include <QCoreApplication>
#include <QHostAddress>

AdbSocketJob::AdbSocketJob(quint16 port, const QString &serial, int timeoutMs, QObject *parent)
    : AdbJob(timeoutMs, parent), m_socket(new QTcpSocket(this)), m_port(port), m_serial(serial)
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connected = true;
        if (m_serial.isEmpty()) {
            onReady();
            return;
        }
        m_transportPending = true;
        send(AdbProtocol::request("host:transport:" + m_serial.toUtf8()));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &AdbSocketJob::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        readAvailable();
        if (!isFinished())
            onClosed();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (isFinished())
            return;
        if (!m_connected) {
            fail(QCoreApplication::translate("AdbJob", "The adb server does not answer on 127.0.0.1:%1 (%2).")
                     .arg(m_port).arg(m_socket->errorString()),
                 true);
        } else if (e != QAbstractSocket::RemoteHostClosedError) {
            fail(m_socket->errorString());
        }
    });
}

void AdbSocketJob::start()
{
    armTimeout();
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void AdbSocketJob::abortWork()
{
    m_socket->abort();
}

void AdbSocketJob::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

QString AdbSocketJob::deviceLostMessage() const
{
    return QCoreApplication::translate("AdbJob", "The connection to %1 was lost (was it unplugged?).").arg(m_serial);
}

void AdbSocketJob::onClosed()
{
    fail(m_serial.isEmpty() ? QCoreApplication::translate("AdbJob", "The adb server closed the connection.") : deviceLostMessage());
}

int AdbSocketJob::takeStatus()
{
    if (m_buffer.size() < 4)
        return 0;
    if (m_buffer.startsWith("OKAY")) {
        m_buffer.remove(0, 4);
        return 1;
    }
    if (m_buffer.startsWith("FAIL")) {
        const int n = AdbProtocol::hexLength(m_buffer, 4);
        if (n < 0 || m_buffer.size() < 8 + n)
            return 0;
        const QString reason = QString::fromUtf8(m_buffer.mid(8, n)).trimmed();
        fail(reason.isEmpty() ? QCoreApplication::translate("AdbJob", "adb refused the request.") : reason);
        return -1;
    }
    fail(QCoreApplication::translate("AdbJob", "The adb server answered something unexpected."));
    return -1;
}

bool AdbSocketJob::takeLengthPrefixed(QByteArray *out)
{
    const int n = AdbProtocol::hexLength(m_buffer);
    if (n < 0 || m_buffer.size() < 4 + n)
        return false;
    *out = m_buffer.mid(4, n);
    m_buffer.remove(0, 4 + n);
    return true;
}

void AdbSocketJob::readAvailable()
{
    if (isFinished())
        return;
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > AdbProtocol::MaxReplyBytes) {
        fail(QCoreApplication::translate("AdbJob", "The answer from adb is too large."));
        return;
    }
    if (m_transportPending) {
        const int s = takeStatus();
        if (s <= 0)
            return;
        m_transportPending = false;
        onReady();
        if (isFinished() || m_buffer.isEmpty())
            return;
    }
    onData();
}
