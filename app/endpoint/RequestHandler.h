#pragma once

#include "endpoint/HttpRequest.h"
#include "endpoint/HttpResponse.h"

class EndpointContext;

// Serves one route of the device endpoint (Apple check-in, Apple commands, SCEP, enrollment
// profiles, the Android agent). The server calls handle() concurrently from its worker threads,
// never from the GUI thread: implementations keep no unsynchronised mutable state and use only the
// context's database connection.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual HttpResponse handle(const HttpRequest &request, EndpointContext &context) = 0;
};
