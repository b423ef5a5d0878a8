#pragma once

#include "core/Status.h"
#include "privacy/PrivacyManifest.h"

#include <functional>

class Database;

// Reads what the manifest is made from: the device, its effective policy (PolicyRepository: the
// device's own assignment, else its groups'), the catalog apps assigned to it, the clinic's name;
// PrivacyManifestRules turns them into sentences. Reads only; no audit (PrivacyManifestService).
class PrivacyManifestBuilder
{
public:
    using Clock = std::function<QDateTime()>;

    explicit PrivacyManifestBuilder(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // NotFound when there is no such device; InvalidInput when its policy cannot be read.
    Status build(qint64 deviceId, PrivacyManifest &out) const;

private:
    Database &m_db;
    Clock m_clock;
};
