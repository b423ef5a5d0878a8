#include "endpoint/EndpointConnection.h"

#include "endpoint/EndpointShared.h"
#include "endpoint/EndpointWorker.h"
#include "endpoint/HttpResponseEncoder.h"

#include <QSslSocket>

namespace {
HttpRequestParser::Limits parserLimits(const EndpointLimits &l) { return {l.maxHeadBytes, l.maxHeaders}; }
} // namespace

EndpointConnection::EndpointConnection(EndpointWorker &worker, EndpointShared &shared, QObject *parent)
    : QObject(parent), m_worker(worker), m_shared(shared), m_parser(parserLimits(shared.limits))
{
}

EndpointConnection::~EndpointConnection()
{
    m_shared.open.fetch_sub(1, std::memory_order_relaxed);
}

bool EndpointConnection::start(qintptr descriptor)
{
    m_socket = new QSslSocket(this);
    if (!m_socket->setSocketDescriptor(descriptor))
        return false;
    // Request/response traffic: Nagle's algorithm would hold the last segment of a TLS flight
    // back until the peer's (delayed) ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSslConfiguration(m_shared.tls);
    m_socket->setPeerVerifyMode(m_shared.limits.requestClientCertificate ? QSslSocket::QueryPeer : QSslSocket::VerifyNone);
    connect(m_socket, &QSslSocket::encrypted, this, &EndpointConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &EndpointConnection::onReadyRead);
    // The server only asks for a client certificate; an untrusted one is not a reason to refuse
    // the connection (handlers see peerCertificateTrusted instead).
    connect(m_socket, &QSslSocket::sslErrors, m_socket, [this] { m_socket->ignoreSslErrors(); });
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_state == State::Head || m_state == State::Body)
            process();
    });
    connect(m_socket, &QSslSocket::disconnected, this, &EndpointConnection::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_state == State::Handshake)
            m_shared.handshakeFailures.fetch_add(1, std::memory_order_relaxed);
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    setDeadline(m_shared.limits.handshakeTimeoutMsec);
    m_socket->startServerEncryption();
    return true;
}

void EndpointConnection::onEncrypted()
{
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!peer.isNull()) {
        m_peerCertificateDer = peer.toDer();
        m_peerCertificateTrusted = m_socket->sslHandshakeErrors().isEmpty();
    }
    m_peer = m_socket->peerAddress();
    m_state = State::Head;
    setDeadline(m_shared.limits.idleTimeoutMsec);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void EndpointConnection::onReadyRead()
{
    if (m_state != State::Head && m_state != State::Body) {
        if (m_state == State::Closing)
            m_socket->skip(m_socket->bytesAvailable()); // nothing more is read once the answer is final
        return;
    }
    m_buffer.append(m_socket->readAll());
    process();
}

qint64 EndpointConnection::pendingOutput() const { return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite(); }

void EndpointConnection::process()
{
    while (m_state == State::Head || m_state == State::Body) {
        // A client that pipelines without reading its answers waits until they have drained.
        if (pendingOutput() > m_shared.limits.maxPendingOutputBytes)
            return;
        if (m_state == State::Head && !readHead())
            return;
        if (m_state == State::Body) {
            if (m_buffer.size() < m_head.contentLength)
                return;
            serveBody();
        }
    }
}

// Parses the next request head; true when the connection moved on to its body.
bool EndpointConnection::readHead()
{
    if (m_buffer.isEmpty())
        return false;
    if (!m_requestStarted) {
        m_requestStarted = true;
        setDeadline(m_shared.limits.requestTimeoutMsec);
    }
    const auto result = m_parser.parse(m_buffer, m_head, m_scanFrom);
    if (result == HttpRequestParser::Result::NeedMore)
        return false;
    if (result == HttpRequestParser::Result::Error) {
        sendAndClose(m_parser.errorStatus(), m_parser.errorReason());
        return false;
    }
    m_buffer.remove(0, m_head.headBytes);
    m_route = m_shared.routes.match(m_head.request.path);
    const qint64 limit = m_route ? m_route->maxBodyBytes : m_shared.limits.notFoundBodyBytes;
    if (m_head.contentLength > limit) {
        // Answered from the head alone: the body is never read, the connection closes.
        if (m_route)
            sendAndClose(413, "Request body too large");
        else
            sendAndClose(404, "Not found");
        return false;
    }
    if (m_head.expectContinue && m_head.contentLength > m_buffer.size())
        write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::Body;
    return true;
}

void EndpointConnection::serveBody()
{
    HttpRequest &request = m_head.request;
    if (m_head.contentLength == m_buffer.size()) {
        request.body.swap(m_buffer); // the common case: one request per read, no copy
        m_buffer.clear();
    } else {
        request.body = m_buffer.left(m_head.contentLength);
        m_buffer.remove(0, m_head.contentLength);
    }
    request.peer = m_peer;
    request.peerCertificateDer = m_peerCertificateDer;
    request.peerCertificateTrusted = m_peerCertificateTrusted;

    const HttpResponse response = m_route ? m_worker.dispatch(*m_route->handler, request)
                                          : HttpResponse::error(404, "Not found");
    m_shared.countStatus(response.status);
    const bool keepAlive = m_head.keepAlive;
    write(HttpResponseEncoder::encode(response, keepAlive, request.method == "HEAD", m_worker.httpDate()));
    m_head = HttpRequestParser::Head();
    m_route = nullptr;
    m_requestStarted = false;
    m_scanFrom = 0;
    if (!keepAlive) {
        m_state = State::Closing;
        closeGracefully();
        return;
    }
    m_state = State::Head;
    setDeadline(m_shared.limits.idleTimeoutMsec);
}

void EndpointConnection::sendAndClose(int status, const QByteArray &reason)
{
    m_shared.countStatus(status);
    write(HttpResponseEncoder::encode(HttpResponse::error(status, reason), false, false, m_worker.httpDate()));
    m_buffer.clear();
    closeGracefully();
}

void EndpointConnection::write(const QByteArray &bytes) { m_socket->write(bytes); }

void EndpointConnection::setDeadline(int msec) { m_deadline = EndpointWorker::nowMsec() + msec; }

bool EndpointConnection::isIdle() const { return m_state == State::Head && m_buffer.isEmpty() && !m_requestStarted; }

void EndpointConnection::checkDeadline(qint64 nowMsec)
{
    if (m_state == State::Closed || nowMsec < m_deadline)
        return;
    if (m_state == State::Closing) {
        m_socket->abort(); // the peer never read its last answer
        finish();
        return;
    }
    if (m_requestStarted && m_state != State::Handshake)
        sendAndClose(408, "Request timeout");
    else if (m_state == State::Handshake) {
        m_socket->abort();
        finish();
    } else
        closeGracefully();
}

void EndpointConnection::closeGracefully()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closing;
    setDeadline(5000);
    m_socket->disconnectFromHost(); // flushes what is queued, then close_notify and FIN
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void EndpointConnection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    emit closed(this);
}
