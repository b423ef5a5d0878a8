#pragma once

#include "endpoint/RequestHandler.h"

// POST /agent/v1/commands/result: the agent's answer to a command it fetched: ACKNOWLEDGED (done),
// ERROR (with a code and message) or NOT_NOW (offered again later). 404 for a command that is not
// this device's; 409 for one that is not outstanding.
class AgentCommandResultHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;
};
