#pragma once

#include "core/Status.h"
#include "security/Actor.h"

#include <QDateTime>

#include <functional>

class Database;

// Fills the fleet with realistic made-up devices, to try the console and to measure it: iPhones,
// iPads and Android phones, tablets and rugged handhelds; BYOD, COPE, COSU and Shared in a clinic's
// proportions; departments, clinicians, OS versions, serial/IMEI/UDID in the right shapes,
// enrollment states and last check-ins from minutes to weeks ago (pending devices never).
//
// The same seed and reference time give the same devices. Refuses a database that already has
// devices unless forced. One transaction and one audit entry ("demo.seed"); 100,000 devices take a
// few seconds.
class DemoSeeder
{
public:
    static constexpr int kMaxCount = 1'000'000;

    DemoSeeder(Database &db, const Actor &actor);

    void setSeed(quint32 seed) { m_seed = seed; }
    void setForce(bool force) { m_force = force; }               // add to a fleet that has devices
    void setReferenceTime(const QDateTime &now) { m_now = now; } // "now" for last-seen times
    void setProgress(const std::function<void(int done, int total)> &progress) { m_progress = progress; }

    Status seed(int count);

private:
    Database &m_db;
    Actor m_actor;
    quint32 m_seed = 1;
    bool m_force = false;
    QDateTime m_now;
    std::function<void(int, int)> m_progress;
};
