#pragma once

#include "endpoint/RequestHandler.h"

// POST /agent/v1/commands/next: the next queued command for this device (200 with a
// CommandEnvelope), or 204 when none waits. A command the device may not carry out (a WIPE on a
// BYOD phone or a work profile, a payload that does not validate) is refused here, audited, and the
// next one is offered instead.
class AgentCommandNextHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;
};
