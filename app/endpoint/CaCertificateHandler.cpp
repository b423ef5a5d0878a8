#include "endpoint/CaCertificateHandler.h"

HttpResponse CaCertificateHandler::handle(const HttpRequest &request, EndpointContext &)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, "Method not allowed");
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD")));
        return r;
    }
    HttpResponse r = HttpResponse::ok("application/x-x509-ca-cert", m_der);
    r.headers.append(qMakePair(QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"ca.crt\"")));
    return r;
}
