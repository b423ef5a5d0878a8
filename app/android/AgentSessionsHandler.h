#pragma once

#include "endpoint/RequestHandler.h"

// POST /agent/v1/sessions: a shared tablet's sign-ins and sign-outs, as a batch in the order they
// happened (a tablet that was offline replays what it kept). All or nothing: malformed JSON, a
// schema violation, an unknown event or events out of order -> 400 and nothing stored; a device
// that is not marked Shared -> 409 not_shared_device. Events already stored are ignored, so a
// batch sent again after a lost answer changes nothing.
class AgentSessionsHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;
};
