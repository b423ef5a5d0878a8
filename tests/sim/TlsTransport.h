#pragma once

#include "DeviceTransport.h"
#include "HttpsTestClient.h"

#include <QUrl>

// The device simulator over the real endpoint: HTTP/1.1 on one keep-alive TLS connection to the
// console (reconnecting when the server closed it), trusting only the console CA.
class TlsTransport : public DeviceTransport
{
public:
    TlsTransport(quint16 port, const QByteArray &caPem) : m_port(port), m_caPem(caPem) {}

    HttpResponse send(const HttpRequest &request) override
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!m_client) {
                m_client = std::make_unique<HttpsTestClient>(m_caPem);
                if (!m_client->connectTo(m_port, QStringLiteral("localhost"))) {
                    m_client.reset();
                    return HttpResponse::error(599, "TLS connection failed");
                }
            }
            QByteArray target = request.path;
            if (!request.rawQuery.isEmpty())
                target += '?' + request.rawQuery;
            QByteArray bytes = request.method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n";
            for (const auto &h : request.headers)
                bytes += h.first + ": " + h.second + "\r\n";
            if (request.method != "GET")
                bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
            bytes += "\r\n" + request.body;
            m_client->send(bytes);
            HttpsTestClient::Response r;
            if (m_client->read(r, 30000)) {
                ++m_requests;
                return {r.status, r.header("content-type"), r.body, {}};
            }
            m_client.reset(); // closed by the server between requests: once more on a new connection
        }
        return HttpResponse::error(599, "no answer from the endpoint");
    }
    int requestCount() const { return m_requests; }

private:
    quint16 m_port;
    QByteArray m_caPem;
    std::unique_ptr<HttpsTestClient> m_client;
    int m_requests = 0;
};
