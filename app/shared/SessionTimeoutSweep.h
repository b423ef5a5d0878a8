#pragma once

#include <QtGlobal>

class Database;

// The console's side of the session timeout (PolicySettings::sharedDevice.sessionTimeoutMinutes):
// the device itself signs the clinician out after that much inactivity and says so; when it never
// does (switched off, offline, crashed), the session would stay open forever and "who held it"
// would name the wrong clinician. A session open longer than the timeout plus GraceSeconds is
// ended as 'timeout' at that deadline (the latest moment the policy allowed it to last
// unreported), audited as the system's. Devices whose policy has no timeout are left alone.
class SessionTimeoutSweep
{
public:
    static constexpr qint64 GraceSeconds = 60 * 60;

    explicit SessionTimeoutSweep(Database &db) : m_db(db) {}
    // Returns how many sessions it ended, or -1 when the database refused.
    int sweep(qint64 now);

private:
    Database &m_db;
};
