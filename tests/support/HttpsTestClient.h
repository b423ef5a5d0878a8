#pragma once

#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

// A minimal HTTP/1.1-over-TLS client for endpoint tests: trusts only the given CA, writes raw
// bytes (so tests can send malformed requests) and reads back responses one at a time, spinning
// the event loop with QTest::qWaitFor (never sleeping).
class HttpsTestClient
{
public:
    struct Response {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &lowerName) const
        {
            for (const auto &h : headers)
                if (h.first == lowerName)
                    return h.second;
            return {};
        }
    };

    explicit HttpsTestClient(const QByteArray &caPem = {})
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
        m_socket.setSslConfiguration(c);
        if (caPem.isEmpty())
            m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    void setClientIdentity(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_socket.setLocalCertificate(certificate);
        m_socket.setPrivateKey(key);
    }

    bool connectTo(quint16 port, const QString &host = QStringLiteral("127.0.0.1"), int timeoutMsec = 10000)
    {
        m_socket.connectToHostEncrypted(host, port);
        return QTest::qWaitFor([this] { return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState; },
                               timeoutMsec)
               && m_socket.isEncrypted();
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    static QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
    {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n";
    }

    // The next complete response (an interim 100 Continue is skipped); false on timeout or close.
    bool read(Response &out, int timeoutMsec = 10000)
    {
        for (;;) {
            const bool ok = QTest::qWaitFor([this] { return pull() || m_socket.state() == QAbstractSocket::UnconnectedState; },
                                            timeoutMsec);
            if (!ok || !takeResponse(out))
                return false;
            if (out.status != 100)
                return true;
        }
    }

    bool waitClosed(int timeoutMsec = 10000)
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMsec);
    }

    QSslSocket &socket() { return m_socket; }

private:
    // Appends what arrived; true when the buffer holds a whole response.
    bool pull()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const qint64 length = contentLength(m_buffer.left(end));
        return m_buffer.size() >= end + 4 + length;
    }

    static qint64 contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (l.startsWith("content-length:"))
                return l.mid(15).trimmed().toLongLong();
        }
        return 0;
    }

    bool takeResponse(Response &out)
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = m_buffer.left(end);
        const qint64 length = contentLength(head);
        if (m_buffer.size() < end + 4 + length)
            return false;
        out = Response();
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        out.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                out.headers.append({lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
        }
        out.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return true;
    }

    QSslSocket m_socket;
    QByteArray m_buffer;
};
