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
    quint64 connectionsRefused = 0; // over maxConnections
    quint64 handshakeFailures = 0;
    int openConnections = 0;
};
Q_DECLARE_METATYPE(EndpointStats)
