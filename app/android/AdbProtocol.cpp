#include "android/AdbProtocol.h"

#include <QtEndian>

namespace AdbProtocol {

QByteArray request(const QByteArray &payload)
{
    return QByteArray::number(payload.size(), 16).rightJustified(4, '0') + payload;
}

QByteArray syncPacket(const char id[4], quint32 lengthOrValue, const QByteArray &data)
{
    QByteArray p(id, 4);
    char le[4];
    qToLittleEndian(lengthOrValue, le);
    p.append(le, 4);
    p.append(data);
    return p;
}

int hexLength(const QByteArray &buffer, int offset)
{
    if (buffer.size() < offset + 4)
        return -1;
    bool ok = false;
    const int n = buffer.mid(offset, 4).toInt(&ok, 16);
    return ok ? n : -1;
}

quint16 serverPort()
{
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("ANDROID_ADB_SERVER_PORT", &ok);
    return ok && port > 0 && port < 65536 ? quint16(port) : DefaultPort;
}

} // namespace AdbProtocol
