#include "InProcessTransport.h"

#include "endpoint/RequestHandler.h"

HttpResponse InProcessTransport::send(const HttpRequest &request)
{
    ++m_requests;
    for (const auto &route : m_routes) {
        const bool match = route.first.endsWith('/') ? request.path.startsWith(route.first) : request.path == route.first;
        if (match)
            return route.second->handle(request, m_context);
    }
    return HttpResponse::error(404, "no route");
}
