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
class EndpointConnection : public QObject
{
    Q_OBJECT
public:
    EndpointConnection(EndpointWorker &worker, EndpointShared &shared, QObject *parent = nullptr);
    ~EndpointConnection() override;

    // Takes over an accepted socket and starts the TLS handshake; false when the descriptor is bad.
    bool start(qintptr descriptor);
    // Called by the worker's sweep timer: closes a connection whose current deadline has passed.
    void checkDeadline(qint64 nowMsec);
    // Finishes what is being written, then closes (shutdown).
    void closeGracefully();
    bool isIdle() const;

signals:
    void closed(EndpointConnection *connection);

private:
    enum class State { Handshake, Head, Body, Closing, Closed };

    void onEncrypted();
    void onReadyRead();
    void process();
    bool readHead();
    void serveBody();
    void sendAndClose(int status, const QByteArray &reason);
    void write(const QByteArray &bytes);
    qint64 pendingOutput() const;
    void setDeadline(int msec);
    void finish();

    EndpointWorker &m_worker;
    EndpointShared &m_shared;
    QSslSocket *m_socket = nullptr;
    State m_state = State::Handshake;
    QByteArray m_buffer;
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
