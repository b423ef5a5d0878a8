#pragma once

#include "core/Status.h"
#include "fleet/DeviceTypes.h"

#include <QVariantMap>

class Database;

// Turns acknowledged query commands into inventory: DeviceInformation -> the device row (name,
// model, OS version, serial, IMEI) and facts (capacity, supervised, ...); SecurityInfo -> encryption
// and passcode facts; InstalledApplicationList -> device_apps (on BYOD only managed apps are kept;
// personal ones are dropped before they reach the database and only counted); ProfileList -> the
// count of installed profiles. Runs inside the caller's transaction.
class AppleInventoryIngester
{
public:
    struct Outcome {
        int appsStored = 0;
        int personalAppsDropped = 0;
        int locationsDropped = 0; // DeviceLocation answers refused at the privacy boundary (LostModeIngester)
        QString summary; // for the audit trail, no personal data
    };

    explicit AppleInventoryIngester(Database &db) : m_db(db) {}

    // `command`: the payload the device was sent (InstalledApplicationList: whether ManagedAppsOnly
    // was asked, which is how an answer's apps are known to be managed).
    // The Lost Mode answers (EnableLostMode, DisableLostMode, DeviceLocation) go to LostModeIngester.
    Status ingest(qint64 deviceId, Ownership ownership, const QString &requestType, const QVariantMap &command,
                  const QVariantMap &response, qint64 now, Outcome &out, const QString &commandUuid = {});

private:
    Status deviceInformation(qint64 deviceId, const QVariantMap &answers, qint64 now, Outcome &out);
    Status securityInfo(qint64 deviceId, const QVariantMap &info, qint64 now, Outcome &out);
    Status applications(qint64 deviceId, Ownership ownership, const QVariantMap &command, const QVariantList &apps,
                        qint64 now, Outcome &out);

    Database &m_db;
};
