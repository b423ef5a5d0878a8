#pragma once

#include <QByteArray>
#include <QList>

#include <memory>

class RequestHandler;

// The endpoint's routes, each with its handler and the largest body it accepts. A route matches
// its exact path only ("/mdm/checkin" is not "/mdm/checkin/x"): every path a handler is reached by
// is one the handler expects, so nobody can make a handler see (and audit) a path of their choosing.
// Routes that do have sub-paths (an enrollment link's token, the agent protocol) say so with
// Scope::SubPaths; such a route matches the path itself and anything below it ("/enroll/" matches
// "/enroll/abc"; "/a" matches "/a/b" but not "/ab"), and the longest matching one wins. Immutable
// once the server starts, so worker threads read it without locks.
class EndpointRouteTable
{
public:
    enum class Scope { Exact, SubPaths };
    struct Route {
        QByteArray path;
        std::shared_ptr<RequestHandler> handler;
        qint64 maxBodyBytes = 0;
        Scope scope = Scope::Exact;
    };

    // Replaces an existing route with the same path.
    void add(const QByteArray &path, std::shared_ptr<RequestHandler> handler, qint64 maxBodyBytes, Scope scope = Scope::Exact);
    const Route *match(const QByteArray &path) const;
    bool isEmpty() const { return m_routes.isEmpty(); }
    QList<QByteArray> paths() const;

private:
    QList<Route> m_routes; // longest path first
};
