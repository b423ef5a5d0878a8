#pragma once

#include <QMetaType>
#include <QtGlobal>

// Counters of the running endpoint, for the console's status display.
struct EndpointStats {
    quint64 requests = 0;
    quint64 status2xx = 0;
    quint64 status4xx = 0;
    quint64 status5xx = 0;
    quint64 connectionsAccepted = 0;
    quint64 connectionsRefused = 0; // over the cap with nothing to evict, or over the memory budget
    quint64 handshakeFailures = 0;
    quint64 connectionsEvicted = 0; // still handshaking, closed to make room for a newcomer at the cap
    quint64 connectionsShed = 0;    // closed for holding too much memory
    int openConnections = 0;
    int connectionCap = 0;          // maxConnections as lowered to the open-files limit
    qint64 bufferedRequestBytes = 0;
};
Q_DECLARE_METATYPE(EndpointStats)
