#pragma once

#include "endpoint/HttpRequest.h"
#include "endpoint/HttpResponse.h"

// How the device simulator reaches the console: in process (InProcessTransport, calling the
// handlers directly) or over TLS (the endpoint server's tests add one).
class DeviceTransport
{
public:
    virtual ~DeviceTransport() = default;
    virtual HttpResponse send(const HttpRequest &request) = 0;
};
