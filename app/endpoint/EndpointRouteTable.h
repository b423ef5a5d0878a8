#pragma once

#include <QByteArray>
#include <QList>

#include <memory>

class RequestHandler;

// The endpoint's routes: path prefixes, each with its handler and the largest body it accepts.
// A prefix matches the path itself and anything below it: "/mdm/checkin" matches "/mdm/checkin"
// and "/mdm/checkin/x" but not "/mdm/checkinx"; a prefix ending in '/' ("/enroll/") matches
// everything that starts with it. The longest matching prefix wins. Immutable once the server
// starts, so worker threads read it without locks.
class EndpointRouteTable
{
public:
    struct Route {
        QByteArray prefix;
        std::shared_ptr<RequestHandler> handler;
        qint64 maxBodyBytes = 0;
    };

    // Replaces an existing route with the same prefix.
    void add(const QByteArray &prefix, std::shared_ptr<RequestHandler> handler, qint64 maxBodyBytes);
    const Route *match(const QByteArray &path) const;
    bool isEmpty() const { return m_routes.isEmpty(); }
    QList<QByteArray> prefixes() const;

private:
    QList<Route> m_routes; // longest prefix first
};
