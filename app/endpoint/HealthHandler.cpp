#include "endpoint/HealthHandler.h"

HttpResponse HealthHandler::handle(const HttpRequest &request, EndpointContext &)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, "Method not allowed");
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD")));
        return r;
    }
    HttpResponse r = HttpResponse::ok("application/json", "{\"status\":\"ok\"}\n");
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return r;
}
