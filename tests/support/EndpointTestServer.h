#pragma once

#include "endpoint/EndpointServer.h"

#include <QSignalSpy>

// Starts a configured EndpointServer on 127.0.0.1, on a port the system picks, and waits until it
// listens (its workers hold their databases by then). Returns the port; 0 when it did not start.
inline quint16 startEndpointServer(EndpointServer &server, int timeoutMsec = 10000)
{
    QSignalSpy started(&server, &EndpointServer::started);
    server.start(QHostAddress::LocalHost, 0);
    if (!started.wait(timeoutMsec))
        return 0;
    return started.first().at(1).value<quint16>();
}
