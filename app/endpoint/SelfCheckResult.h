#pragma once

#include "core/Status.h"

#include <QString>

class Database;

// The last reachability self-check as the database keeps it (Setting::EndpointSelfCheck): which
// public URL was checked, when, and how it went. The Getting started checklist ticks "endpoint
// reachable" only while the check passed for the URL devices are told today.
struct SelfCheckResult {
    QString url;
    QString outcome; // EndpointSelfCheck::outcomeName
    qint64 at = 0;
    bool ok = false;

    static SelfCheckResult load(Database &db);
    Status store(Database &db) const;
};
