#include "LoopbackHttpBridge.h"

#include "DeviceTransport.h"

#include <QTcpSocket>
#include <QUrl>

LoopbackHttpBridge::LoopbackHttpBridge(DeviceTransport &transport, QObject *parent) : QObject(parent), m_transport(transport)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool LoopbackHttpBridge::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackHttpBridge::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    HttpRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QUrl target(QString::fromLatin1(first.value(1)));
    request.path = target.path(QUrl::FullyDecoded).toUtf8();
    request.rawQuery = target.query(QUrl::FullyEncoded).toUtf8();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append(qMakePair(name, value));
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (buffer.size() - headerEnd - 4 < length) {
        socket->setProperty("buffer", buffer);
        return;
    }
    request.body = buffer.mid(headerEnd + 4, length);
    request.peer = socket->peerAddress();
    ++m_requests;
    const HttpResponse response = m_transport.send(request);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
