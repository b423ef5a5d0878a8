#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// Which audit entries to show or export; every filter is optional and they combine with AND.
// AuditLog turns it into SQL, so filtering a long trail costs an indexed query, not a scan in C++.
struct AuditQuery {
    QString actor;                   // exact admin name
    QString action;                  // exact action, or a prefix ending in '.' ("device." = every device action)
    std::optional<qint64> deviceId;
    QDateTime from;                  // inclusive, UTC; invalid = open
    QDateTime to;                    // inclusive, UTC; invalid = open
    bool newestFirst = true;

    bool operator==(const AuditQuery &) const = default;
};
