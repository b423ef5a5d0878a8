#pragma once

#include "core/Status.h"

class Database;

// Gives demo devices what real check-ins would have reported (device_facts): encryption, passcode,
// auto-lock, management mode, VPN, Android patch level, the applied policy version (1: demo devices
// stand in for real ones that would acknowledge the first policy they get), each reported at the
// device's last check-in.
// Most devices are compliant; a realistic few are not (encryption off, no passcode, long auto-lock,
// old patch level), so a demo fleet shows both. Also registers the vendors a clinic typically has
// (BAA register) when none are. Deterministic per seed; only devices without facts are touched.
class DemoFactSeeder
{
public:
    DemoFactSeeder(Database &db, quint32 seed) : m_db(db), m_seed(seed) {}
    Status seed(qint64 nowSeconds);

private:
    Database &m_db;
    quint32 m_seed;
};
