#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditVerification.h"

#include <QMap>

class Database;

// Recomputes the audit hash chain from the first entry and checks every signed checkpoint against
// the public keys in the settings. Reads in batches, so memory stays flat for long trails. The chain
// alone catches an edited, deleted, inserted or reordered entry; a chain rewritten from some entry on
// is caught by the first checkpoint whose signed hash no longer matches.
class AuditVerifier
{
public:
    explicit AuditVerifier(Database &db);

    // Verifies entries up to `uptoId` (0: all).
    AuditVerification verify(qint64 uptoId = 0) const;
    // The quick check before signing a new checkpoint: trusts the newest checkpoint at or before
    // `uptoId` whose signature and entry still hold, and recomputes only the entries after it.
    AuditVerification verifySinceLastCheckpoint(qint64 uptoId) const;

private:
    void verifyChain(AuditVerification &result, qint64 uptoId, std::optional<AuditEvent> prev = std::nullopt) const;
    void verifyCheckpoints(AuditVerification &result, qint64 uptoId) const;

    Database &m_db;
};
