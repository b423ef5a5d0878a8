#pragma once

#include "endpoint/RequestHandler.h"

#include <QByteArray>

// GET /ca.crt: the console CA's certificate, DER (what a browser or a phone installs as a trust
// anchor). Immutable; safe on every worker thread.
class CaCertificateHandler : public RequestHandler
{
public:
    explicit CaCertificateHandler(const QByteArray &caDer) : m_der(caDer) {}
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;

private:
    const QByteArray m_der;
};
