#pragma once

#include "core/Status.h"
#include "security/Actor.h"

#include <QHostAddress>
#include <QString>

#include <optional>

class Database;
struct HttpRequest;

// A request the endpoint refused for who sent it (an unsigned check-in, an unknown agent
// certificate, a wrong SCEP challenge), as it goes to the audit trail. Refusals of peers that are
// not a known device are folded by RefusalAggregator: (source, action, reason) is the key, so
// `reason` comes from a small fixed vocabulary and anything variable goes into `details`.
struct EndpointRefusal {
    QHostAddress source;  // the peer; the server fills it in when a handler could not
    Actor actor;
    QString action;       // "apple.request.rejected", "scep.refused", "android.auth"
    QString outcome;      // "refused", "failure"
    QString reason;       // e.g. "bad-signature"
    QString details;      // further key=value pairs; request-derived text already bounded (AuditText)
    std::optional<qint64> deviceId;
    // The peer proved a known device identity: its refusals are written one by one.
    bool knownIdentity = false;

    // path= and ua= of the request, bounded (AuditText).
    static QString requestDetails(const HttpRequest &request);
    // "reason=... peer=... <details>": the details of one entry for this refusal.
    QString text() const;
    // Writes this refusal as one audit entry now.
    Status record(Database &db) const;
};
