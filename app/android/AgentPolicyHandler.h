#pragma once

#include "endpoint/RequestHandler.h"

// GET /agent/v1/policy: the device's Android Management API Policy JSON, its "version" the one the
// agent acknowledges with POST /agent/v1/policy/ack once applied.
class AgentPolicyHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;
};
