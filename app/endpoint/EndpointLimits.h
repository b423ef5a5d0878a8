#pragma once

#include <QtGlobal>

// How the endpoint server protects itself. The defaults suit a clinic's fleet (hundreds to a few
// thousand devices, each holding at most a couple of connections).
struct EndpointLimits {
    int workerThreads = 0;            // 0: QThread::idealThreadCount()
    int maxConnections = 4096;        // further connections are closed at once
    qsizetype maxHeadBytes = 32 * 1024; // request line + headers (Mdm-Signature is a few KB); else 431
    int maxHeaders = 100;             // else 431
    int handshakeTimeoutMsec = 15000; // TCP accepted, TLS not done
    int requestTimeoutMsec = 30000;   // first byte of a request to its last (slow senders): 408
    int idleTimeoutMsec = 120000;     // keep-alive connection with no request under way
    qint64 notFoundBodyBytes = 64 * 1024; // a body sent to an unknown path is read and dropped up to this
    qint64 maxPendingOutputBytes = 1024 * 1024; // stop reading pipelined requests while this much waits
    bool requestClientCertificate = true; // ask for (never require) a TLS client certificate
};
