#pragma once

#include "core/Status.h"
#include "fleet/DeviceTypes.h"

#include <QVariantMap>

class Database;

// The acknowledged Lost Mode commands, where their data enters the console: EnableLostMode and
// DisableLostMode set the device's lost_mode fact; a DeviceLocation answer is stored only for a
// supervised corporate device the console knows to be in Lost Mode — a location from a personal
// (BYOD) device, or from any device not in Lost Mode, is dropped before it reaches the database and
// only counted. Runs inside the caller's transaction; the summary never holds a coordinate.
class LostModeIngester
{
public:
    struct Outcome {
        bool handled = false;  // the request type was a Lost Mode one
        bool stored = false;   // a location was stored
        int dropped = 0;       // locations refused at the privacy boundary
        QString summary;       // for the audit trail
    };

    explicit LostModeIngester(Database &db) : m_db(db) {}

    static bool handles(const QString &requestType);
    Status ingest(qint64 deviceId, Ownership ownership, const QString &requestType, const QString &commandUuid,
                  const QVariantMap &response, qint64 now, Outcome &out);

private:
    Status location(qint64 deviceId, Ownership ownership, const QString &commandUuid, const QVariantMap &response, qint64 now,
                    Outcome &out);

    Database &m_db;
};
