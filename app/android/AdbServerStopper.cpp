#include "android/AdbServerStopper.h"

#include "android/AdbProtocol.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace AdbServerStopper {

bool stop(quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(AdbProtocol::request("host:kill"));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (answer.size() < 4 && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer.startsWith("OKAY");
}

} // namespace AdbServerStopper
