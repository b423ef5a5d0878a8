#pragma once

#include "endpoint/RequestHandler.h"

// GET /health: 200 and a one-line JSON status, for monitoring and load balancers. Reads nothing.
class HealthHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;
};
