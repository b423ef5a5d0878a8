#pragma once

#include "endpoint/RequestHandler.h"

// POST /agent/v1/policy/ack: the agent applied (or could not fully apply) a policy version. Only the
// version last sent to this device can be acknowledged (409 otherwise).
class AgentPolicyAckHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;
};
