#pragma once

#include "fleet/DeviceClaim.h"
#include "security/Actor.h"

class Database;

// The identity binding rule, the same for both platforms (DESIGN.md, "Identity binding"): an
// identity issued for an enrollment becomes the device record that enrollment was created for or
// already bound, a never-bound inventory row of the same platform and ownership (CSV import,
// pre-registration), or a brand-new record. A claim (by UDID or serial number) on any other record
// is refused: a record bound to a live identity, one of another platform or ownership, one that was
// enrolled before. The one exception is an open re-enrollment expectation an Administrator set on the
// record (ReenrollmentService): then the claim is a rebind (DeviceRebinder). Reads only: callers run
// decide() inside their write transaction and roll it back on a refusal, then auditRefusal().
class DeviceClaimPolicy
{
public:
    explicit DeviceClaimPolicy(Database &db) : m_db(db) {}

    DeviceClaimDecision decide(const DeviceClaim &claim, qint64 now) const;
    // The security event of a refusal (security.identity_claim_refused): both identities'
    // certificate SHA-256, the claimed record, the reason. Never a secret.
    void auditRefusal(const Actor &actor, const DeviceClaim &claim, const DeviceClaimDecision &decision) const;

private:
    DeviceClaimDecision refuse(const QString &reason, qint64 claimedDeviceId, qint64 now) const;

    Database &m_db;
};
