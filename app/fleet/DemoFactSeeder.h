#pragma once

#include "core/Status.h"

class Database;

// Gives demo devices what real check-ins would have reported, by feeding the answers a real device
// of each kind sends through the console's own ingest code: Apple SecurityInfo, DeviceInformation
// and (when a policy is assigned) the InstallProfile acknowledgement; the Android agent's check-in
// and policy acknowledgement. So a demo device holds only facts its kind reports (no VPN state, no
// Apple auto-lock without an installed passcode profile, no policy version nobody acknowledged).
// Most devices are healthy; a realistic few are not (no passcode, encryption off, old patch level,
// a policy not yet applied), so a demo fleet shows both. Also registers the vendors a clinic
// typically has (BAA register) when none are. Deterministic per seed; only devices without facts
// are touched.
class DemoFactSeeder
{
public:
    DemoFactSeeder(Database &db, quint32 seed) : m_db(db), m_seed(seed) {}
    Status seed(qint64 nowSeconds);

private:
    Database &m_db;
    quint32 m_seed;
};
