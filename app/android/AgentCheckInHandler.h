#pragma once

#include "endpoint/RequestHandler.h"

// POST /agent/v1/checkin: the agent's status report. Stores the reported facts, the managed apps and
// the FCM token; drops (and audits the count of) the privacy fields the protocol never accepts; the
// first check-in marks the device enrolled. Answers whether a new policy or commands wait.
class AgentCheckInHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;
};
