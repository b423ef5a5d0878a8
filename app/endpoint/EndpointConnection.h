#pragma once

#include "endpoint/EndpointRouteTable.h"
#include "endpoint/HttpRequestParser.h"
#include "endpoint/HttpResponse.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class EndpointWorker;
class QSslSocket;
struct EndpointShared;

// One TLS connection of a worker thread: reads requests off the socket (keep-alive, pipelined
// requests answered in order), hands each complete request to its route's handler on this thread,
// and enforces the limits (431 head, 413 body — answered as soon as the head says so, without
// reading the body —, 400 malformed, 408 slow request, idle timeout). Errors close the connection.
//
// Back-pressure (see EndpointLimits): bytes are taken from the socket only as far as the request
// under way needs them (its head, then its declared body) and only while fewer than
// maxPendingOutputBytes of answers wait to be sent; whatever else the peer sends stays in Qt's
// bounded socket buffers and then in the kernel, where TCP flow control stops the peer. Reading
// resumes when answers drain (bytesWritten) or a request is served. Every byte held is accounted
// in the process-wide budget (EndpointShared::bufferedRequestBytes).
class EndpointConnection : public QObject
{
    Q_OBJECT
public:
    EndpointConnection(EndpointWorker &worker, EndpointShared &shared, quint64 id, QObject *parent = nullptr);
    ~EndpointConnection() override;

    // Takes over an accepted socket and starts the TLS handshake; false when the descriptor is bad.
    bool start(qintptr descriptor);
    // Called by the worker's sweep timer: closes a connection whose current deadline has passed.
    void checkDeadline(qint64 nowMsec);
    // Called by the sweep: reads again after a read was deferred for the process-wide budget.
    void resumeReading();
    // Finishes what is being written, then closes (shutdown).
    void closeGracefully();
    // Closes at once, counted as evicted (a handshaking connection making room for a newcomer).
    void evict();
    // Under memory pressure: answers 503 to the request under way, drops what it holds, closes.
    void shed();
    bool isIdle() const;
    bool isHandshaking() const;
    bool readDeferred() const { return m_readDeferred; }
    quint64 id() const { return m_id; }
    qint64 bufferedRequestBytes() const { return m_buffer.size(); }

signals:
    void closed(EndpointConnection *connection);

private:
    enum class State { Handshake, Head, Body, Closing, Closed };

    void onEncrypted();
    void onReadyRead();
    void pump();
    void process();
    bool readHead();
    void serveBody();
    bool takeFromSocket();
    qint64 inputWindow() const;
    bool outputBlocked() const;
    void sendAndClose(int status, const QByteArray &reason);
    bool write(const QByteArray &bytes);
    qint64 pendingOutput() const;
    void account();
    void setReadDeferred(bool deferred);
    void abortAndFinish();
    void finishSending();
    void discardInput();
    void setDeadline(int msec);
    void finish();

    EndpointWorker &m_worker;
    EndpointShared &m_shared;
    const quint64 m_id;
    QSslSocket *m_socket = nullptr;
    State m_state = State::Handshake;
    QByteArray m_buffer;
    qint64 m_accounted = 0; // what this connection has added to the process-wide budget
    bool m_readDeferred = false;
    bool m_pumping = false;
    bool m_sendingFinished = false; // closed, or half-closed while the peer's bytes are dropped
    qsizetype m_scanFrom = 0;
    HttpRequestParser m_parser;
    HttpRequestParser::Head m_head;
    const EndpointRouteTable::Route *m_route = nullptr;
    bool m_requestStarted = false;
    qint64 m_deadline = 0;
    QHostAddress m_peer;
    QByteArray m_peerCertificateDer;
    bool m_peerCertificateTrusted = false;
};
