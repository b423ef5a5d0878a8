#include "endpoint/EndpointRouteTable.h"

#include "endpoint/RequestHandler.h"

#include <algorithm>

void EndpointRouteTable::add(const QByteArray &path, std::shared_ptr<RequestHandler> handler, qint64 maxBodyBytes, Scope scope)
{
    m_routes.removeIf([&path](const Route &r) { return r.path == path; });
    m_routes.append({path, std::move(handler), qMax<qint64>(0, maxBodyBytes), scope});
    std::stable_sort(m_routes.begin(), m_routes.end(),
                     [](const Route &a, const Route &b) { return a.path.size() > b.path.size(); });
}

const EndpointRouteTable::Route *EndpointRouteTable::match(const QByteArray &path) const
{
    for (const Route &r : m_routes) {
        if (path == r.path)
            return &r;
        if (r.scope == Scope::Exact || !path.startsWith(r.path))
            continue;
        if (r.path.endsWith('/') || path.at(r.path.size()) == '/')
            return &r;
    }
    return nullptr;
}

QList<QByteArray> EndpointRouteTable::paths() const
{
    QList<QByteArray> out;
    for (const Route &r : m_routes)
        out.append(r.path);
    return out;
}
