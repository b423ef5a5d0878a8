#include "endpoint/EndpointConnection.h"

#include "endpoint/EndpointShared.h"
#include "endpoint/EndpointWorker.h"
#include "endpoint/HttpResponseEncoder.h"

#include <QSslSocket>

#include <sys/ioctl.h>
#include <sys/socket.h>

namespace {
HttpRequestParser::Limits parserLimits(const EndpointLimits &l) { return {l.maxHeadBytes, l.maxHeaders}; }
} // namespace

EndpointConnection::EndpointConnection(EndpointWorker &worker, EndpointShared &shared, quint64 id, QObject *parent)
    : QObject(parent), m_worker(worker), m_shared(shared), m_id(id), m_parser(parserLimits(shared.limits))
{
}

EndpointConnection::~EndpointConnection()
{
    m_shared.handshakes.remove(m_id);
    setReadDeferred(false);
    m_shared.bufferedRequestBytes.fetch_sub(m_accounted, std::memory_order_relaxed);
    m_shared.open.fetch_sub(1, std::memory_order_relaxed);
}

bool EndpointConnection::start(qintptr descriptor)
{
    m_socket = new QSslSocket(this);
    // Bounds Qt's ciphertext buffer (the plain socket) and its plaintext buffer alike: once they are
    // full Qt stops reading the kernel socket, so what the connection leaves unread stops the peer.
    m_socket->setReadBufferSize(m_shared.limits.socketReadBufferBytes);
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
    // Answers drained: reading may resume. bytesWritten reports plaintext handed to TLS,
    // encryptedBytesWritten ciphertext handed to the kernel; pendingOutput() counts both.
    const auto drained = [this] {
        if (m_state == State::Head || m_state == State::Body)
            pump();
    };
    connect(m_socket, &QSslSocket::bytesWritten, this, drained);
    // Only this one may end a closing connection: QSslSocket emits bytesWritten while the
    // ciphertext still waits in OpenSSL's write BIO, counted by neither of the two.
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this, drained] {
        drained();
        if (m_state == State::Closing)
            finishSending();
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
    m_shared.handshakes.remove(m_id);
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!peer.isNull()) {
        m_peerCertificateDer = peer.toDer();
        m_peerCertificateTrusted = m_socket->sslHandshakeErrors().isEmpty();
    }
    m_peer = m_socket->peerAddress();
    m_state = State::Head;
    setDeadline(m_shared.limits.idleTimeoutMsec);
    pump();
}

void EndpointConnection::onReadyRead()
{
    if (m_state == State::Head || m_state == State::Body)
        pump();
    else if (m_state == State::Closing)
        discardInput();
}

// Nothing more is served once the answer is final. Asking for one byte more than Qt holds makes
// QSslSocket decrypt what waits in the plain socket (see takeFromSocket), so the peer's bytes keep
// draining until it closes.
void EndpointConnection::discardInput() { m_socket->read(m_socket->bytesAvailable() + 1); }

void EndpointConnection::resumeReading()
{
    if (m_readDeferred && (m_state == State::Head || m_state == State::Body))
        pump();
}

// Serves what the buffer holds, takes more from the socket as far as the request under way can
// use it, and repeats until the peer has sent nothing more or answers are waiting to be read.
void EndpointConnection::pump()
{
    if (m_pumping) // a write can re-enter through bytesWritten: the outer loop goes on anyway
        return;
    m_pumping = true;
    do {
        process();
    } while ((m_state == State::Head || m_state == State::Body) && takeFromSocket());
    m_pumping = false;
}

qint64 EndpointConnection::inputWindow() const
{
    // One byte past the head limit is what tells the parser that a head is too large.
    return m_state == State::Body ? m_head.contentLength : m_shared.limits.maxHeadBytes + 1;
}

bool EndpointConnection::outputBlocked() const { return pendingOutput() > m_shared.limits.maxPendingOutputBytes; }

// Moves from Qt's buffer into ours what the request under way can use, within the process-wide
// budget; false when nothing moved (nothing there, nothing wanted, or deferred for the budget).
bool EndpointConnection::takeFromSocket()
{
    if (outputBlocked())
        return false;
    // One byte more than Qt holds, when the request can use it: a read that Qt's plaintext buffer
    // alone cannot satisfy reaches QSslSocket::readData, which schedules the decryption of more
    // records from the plain socket (Qt does that nowhere else once its bounded buffers were full,
    // so reading exactly bytesAvailable() would stall the connection for good).
    qint64 wanted = qMin(inputWindow() - m_buffer.size(), m_socket->bytesAvailable() + 1);
    if (wanted <= 0)
        return false;
    // Reserve first, then give back what overran: concurrent readers never overshoot together.
    const qint64 before = m_shared.bufferedRequestBytes.fetch_add(wanted, std::memory_order_relaxed);
    const qint64 over = before + wanted - m_shared.limits.maxBufferedRequestBytes;
    if (over > 0) {
        const qint64 giveBack = qMin(over, wanted);
        m_shared.bufferedRequestBytes.fetch_sub(giveBack, std::memory_order_relaxed);
        wanted -= giveBack;
        if (wanted == 0) {
            setReadDeferred(true); // the worker's sweep tries again (and sheds the largest holder)
            return false;
        }
    }
    setReadDeferred(false);
    m_accounted += wanted;
    const qsizetype held = m_buffer.size();
    m_buffer.append(m_socket->read(wanted));
    account(); // read() returns less than asked when Qt held less: the reservation is given back
    return m_buffer.size() > held;
}

void EndpointConnection::setReadDeferred(bool deferred)
{
    if (deferred == m_readDeferred)
        return;
    m_readDeferred = deferred;
    m_shared.deferredConnections.fetch_add(deferred ? 1 : -1, std::memory_order_relaxed);
}

void EndpointConnection::account()
{
    const qint64 delta = m_buffer.size() - m_accounted;
    if (delta != 0) {
        m_shared.bufferedRequestBytes.fetch_add(delta, std::memory_order_relaxed);
        m_accounted = m_buffer.size();
    }
}

qint64 EndpointConnection::pendingOutput() const { return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite(); }

void EndpointConnection::process()
{
    while (m_state == State::Head || m_state == State::Body) {
        // A client that pipelines without reading its answers waits until they have drained.
        if (outputBlocked())
            break;
        if (m_state == State::Head && !readHead())
            break;
        if (m_state == State::Body) {
            if (m_buffer.size() < m_head.contentLength)
                break;
            serveBody();
        }
    }
    account();
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
    // A route may accept more than one connection is allowed to hold: the connection cap wins.
    const qint64 connectionRoom = m_shared.limits.maxConnectionBufferedBytes - m_shared.limits.maxHeadBytes;
    const qint64 limit = qMin(m_route ? m_route->maxBodyBytes : m_shared.limits.notFoundBodyBytes, connectionRoom);
    if (m_head.contentLength > limit) {
        // Answered from the head alone: the body is never read, the connection closes.
        if (m_route)
            sendAndClose(413, "Request body too large");
        else
            sendAndClose(404, "Not found");
        return false;
    }
    if (m_head.expectContinue && m_head.contentLength > m_buffer.size() && !write("HTTP/1.1 100 Continue\r\n\r\n"))
        return false;
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
    const bool written = write(HttpResponseEncoder::encode(response, keepAlive, request.method == "HEAD", m_worker.httpDate()));
    m_head = HttpRequestParser::Head();
    m_route = nullptr;
    m_requestStarted = false;
    m_scanFrom = 0;
    if (!written)
        return;
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
    m_buffer.clear();
    account();
    if (write(HttpResponseEncoder::encode(HttpResponse::error(status, reason), false, false, m_worker.httpDate())))
        closeGracefully();
}

// Queues bytes for the peer; false when that took the connection over its buffer cap (it is then
// closed at once: a peer that lets answers pile up gets no more of them).
bool EndpointConnection::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
    if (m_buffer.size() + pendingOutput() <= m_shared.limits.maxConnectionBufferedBytes)
        return true;
    m_shared.shed.fetch_add(1, std::memory_order_relaxed);
    abortAndFinish();
    return false;
}

void EndpointConnection::setDeadline(int msec) { m_deadline = EndpointWorker::nowMsec() + msec; }

bool EndpointConnection::isIdle() const { return m_state == State::Head && m_buffer.isEmpty() && !m_requestStarted; }

bool EndpointConnection::isHandshaking() const { return m_state == State::Handshake; }

void EndpointConnection::checkDeadline(qint64 nowMsec)
{
    if (m_state == State::Closed || nowMsec < m_deadline)
        return;
    if (m_state == State::Closing || m_state == State::Handshake)
        abortAndFinish(); // the peer never read its last answer, or never finished its handshake
    else if (m_requestStarted)
        sendAndClose(408, "Request timeout");
    else
        closeGracefully();
}

void EndpointConnection::evict()
{
    if (m_state != State::Handshake)
        return;
    m_shared.evicted.fetch_add(1, std::memory_order_relaxed);
    abortAndFinish();
}

void EndpointConnection::shed()
{
    if (m_state != State::Head && m_state != State::Body)
        return;
    m_shared.shed.fetch_add(1, std::memory_order_relaxed);
    sendAndClose(503, "Server busy, try again later");
}

void EndpointConnection::closeGracefully()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closing;
    m_buffer.clear(); // nothing more is served: the budget gets its bytes back now
    account();
    setReadDeferred(false);
    setDeadline(5000);
    discardInput();
    finishSending();
}

// Once the last answer has left Qt's buffers. A close() with unread bytes in the kernel's receive
// queue makes the kernel answer with a reset, and the reset discards at the peer the answers it
// has not read yet — a pipelining client would lose the tail of its answers, the final error
// included. So while the peer's bytes are still unread, only our sending side is shut (FIN after
// the answer; no close_notify, which Qt sends only as part of closing the socket) and what the
// peer still sends is read and dropped until it closes: a lingering close. Otherwise the orderly
// TLS close (close_notify, then FIN) that strict clients such as openssl s_client expect.
void EndpointConnection::finishSending()
{
    if (m_sendingFinished || m_state != State::Closing || pendingOutput() > 0)
        return;
    m_sendingFinished = true;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        abortAndFinish();
        return;
    }
    const int descriptor = int(m_socket->socketDescriptor());
    int unreadInKernel = 0;
    const bool unread = m_socket->bytesAvailable() > 0 || m_socket->encryptedBytesAvailable() > 0
                        || (::ioctl(descriptor, FIONREAD, &unreadInKernel) == 0 && unreadInKernel > 0);
    if (!unread) {
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    } else if (::shutdown(descriptor, SHUT_WR) != 0) {
        abortAndFinish();
    }
}

void EndpointConnection::abortAndFinish()
{
    m_buffer.clear();
    account();
    if (m_socket)
        m_socket->abort();
    finish();
}

void EndpointConnection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_buffer.clear();
    account();
    setReadDeferred(false);
    emit closed(this);
}
