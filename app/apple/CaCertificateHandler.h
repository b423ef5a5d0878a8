#pragma once

#include "endpoint/RequestHandler.h"

#include <QByteArray>

// GET /ca.crt: the console CA, DER, for installing trust by hand (e.g. before the profile).
class CaCertificateHandler : public RequestHandler
{
public:
    explicit CaCertificateHandler(const QByteArray &caCertificateDer) : m_der(caCertificateDer) {}
    HttpResponse handle(const HttpRequest &request, EndpointContext &) override
    {
        if (request.method != "GET")
            return HttpResponse::error(405, "method not allowed");
        HttpResponse response = HttpResponse::ok("application/x-x509-ca-cert", m_der);
        response.headers.append(qMakePair(QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"clinicmdm-ca.cer\"")));
        return response;
    }

private:
    QByteArray m_der;
};
