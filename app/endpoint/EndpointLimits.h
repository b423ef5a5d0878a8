#pragma once

#include <QtGlobal>

// How the endpoint server protects itself. The defaults suit a clinic's fleet (hundreds to a few
// thousand devices, each holding at most a couple of connections).
//
// Memory: what one connection can make the process hold is bounded at every layer.
//  - Qt's own buffers: each TLS socket drains the kernel into at most socketReadBufferBytes of
//    ciphertext and decrypts into at most as much plaintext (QAbstractSocket::setReadBufferSize on
//    the QSslSocket, which Qt applies to its plain socket too); past that Qt stops reading the kernel
//    socket and TCP flow control stops the peer.
//  - The connection's own request buffer: it takes from Qt only what the request under way can use
//    — the head (maxHeadBytes) or the declared body — and nothing at all while its answers wait to be
//    read (more than maxPendingOutputBytes unsent), so pipelining without reading answers stalls the
//    peer instead of growing the server.
//  - maxConnectionBufferedBytes: request bytes held plus answers not yet sent, per connection. A body
//    that could not fit is refused from the head (413); a connection that still exceeds it is closed.
//  - maxBufferedRequestBytes: a process-wide budget for the request bytes all connections hold
//    (EndpointShared::bufferedRequestBytes). A read that would overrun it is deferred (retried by the
//    worker's sweep); while the budget is nearly spent each worker answers 503 to and closes its
//    connection holding the most, and new connections are closed at once.
// Descriptors: maxConnections is an upper bound; at start the server raises the soft open-files
// limit to the hard one and lowers the cap to what that limit leaves after a reserve
// (EndpointServer::connectionCapFor). At the cap the oldest connection still in its TLS handshake is
// closed to make room; only when none is, the newcomer is refused.
struct EndpointLimits {
    int workerThreads = 0;            // 0: QThread::idealThreadCount()
    int maxConnections = 4096;        // further connections are closed at once (see above)
    qsizetype maxHeadBytes = 32 * 1024; // request line + headers (Mdm-Signature is a few KB); else 431
    int maxHeaders = 100;             // else 431
    int handshakeTimeoutMsec = 15000; // TCP accepted, TLS not done
    int requestTimeoutMsec = 30000;   // first byte of a request to its last (slow senders): 408
    int idleTimeoutMsec = 120000;     // keep-alive connection with no request under way
    qint64 notFoundBodyBytes = 64 * 1024; // a body sent to an unknown path is read and dropped up to this
    qint64 maxPendingOutputBytes = 1024 * 1024; // stop reading pipelined requests while this much waits
    qint64 socketReadBufferBytes = 64 * 1024;   // Qt's read buffers per TLS socket (each of two)
    qint64 maxConnectionBufferedBytes = 8 * 1024 * 1024; // per connection, in + out; else closed
    qint64 maxBufferedRequestBytes = 128 * 1024 * 1024;  // all connections' request bytes together
    bool requestClientCertificate = true; // ask for (never require) a TLS client certificate
};
