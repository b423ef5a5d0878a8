#pragma once

#include "DeviceTransport.h"

#include <QByteArray>
#include <QList>
#include <QPair>

class EndpointContext;
class RequestHandler;

// Routes requests by path to handlers and calls them on this thread with the given context, the
// way the endpoint server does from its workers. A path matches a route equal to it, or a route
// ending in '/' that it starts with.
class InProcessTransport : public DeviceTransport
{
public:
    explicit InProcessTransport(EndpointContext &context) : m_context(context) {}
    void route(const QByteArray &path, RequestHandler *handler) { m_routes.append({path, handler}); }
    HttpResponse send(const HttpRequest &request) override;
    int requestCount() const { return m_requests; }

private:
    EndpointContext &m_context;
    QList<QPair<QByteArray, RequestHandler *>> m_routes;
    int m_requests = 0;
};
