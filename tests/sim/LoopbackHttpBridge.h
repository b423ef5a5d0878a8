#pragma once

#include <QObject>
#include <QTcpServer>

class DeviceTransport;

// Plain HTTP/1.1 on 127.0.0.1 in front of a DeviceTransport, for real third-party clients in tests
// (the Go scepclient): one request per connection, Content-Length bodies, Connection: close. Not
// the product's endpoint (that one is TLS-only); a test fixture.
class LoopbackHttpBridge : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackHttpBridge(DeviceTransport &transport, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int requestCount() const { return m_requests; }

private:
    void serve(class QTcpSocket *socket);

    DeviceTransport &m_transport;
    QTcpServer m_server;
    int m_requests = 0;
};
