#include "endpoint/EndpointRouteTable.h"

#include "endpoint/RequestHandler.h"

#include <algorithm>

void EndpointRouteTable::add(const QByteArray &prefix, std::shared_ptr<RequestHandler> handler, qint64 maxBodyBytes)
{
    m_routes.removeIf([&prefix](const Route &r) { return r.prefix == prefix; });
    m_routes.append({prefix, std::move(handler), qMax<qint64>(0, maxBodyBytes)});
    std::stable_sort(m_routes.begin(), m_routes.end(),
                     [](const Route &a, const Route &b) { return a.prefix.size() > b.prefix.size(); });
}

const EndpointRouteTable::Route *EndpointRouteTable::match(const QByteArray &path) const
{
    for (const Route &r : m_routes) {
        if (!path.startsWith(r.prefix))
            continue;
        if (path.size() == r.prefix.size() || r.prefix.endsWith('/') || path.at(r.prefix.size()) == '/')
            return &r;
    }
    return nullptr;
}

QList<QByteArray> EndpointRouteTable::prefixes() const
{
    QList<QByteArray> out;
    for (const Route &r : m_routes)
        out.append(r.prefix);
    return out;
}
