#pragma once

#include "endpoint/RequestHandler.h"

// Answers 503 with the reason a route cannot serve yet (e.g. Apple enrollment before the MDM push
// certificate is imported), so a device or an admin with curl gets a clear answer instead of 404.
class UnavailableHandler : public RequestHandler
{
public:
    explicit UnavailableHandler(const QByteArray &reason) : m_reason(reason) {}
    HttpResponse handle(const HttpRequest &, EndpointContext &) override { return HttpResponse::error(503, m_reason); }

private:
    const QByteArray m_reason;
};
