#pragma once

#include <QByteArrayList>
#include <QString>

// The load generator of bench_endpoint, run in a process of its own so that its CPU and memory are
// measured apart from the server's: ONE thread, epoll, non-blocking sockets and OpenSSL directly —
// each connection is one device on keep-alive TLS, sending its signed Idle check-in, waiting for
// the answer and sending the next (closed loop). Prints one line of key=value results.
namespace BenchLoadClient {
int run(quint16 port, const QByteArrayList &requests, int connections, double seconds);
}
