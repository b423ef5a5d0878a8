#pragma once

#include "audit/AuditCheckpoint.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

// What AuditVerifier found: the extent of the trail, the first entry where the hash chain breaks
// (brokenId, with why), and the checkpoints that do not hold.
struct AuditVerification {
    qint64 entries = 0;
    qint64 firstId = 0;
    qint64 lastId = 0;
    QDateTime firstAt;
    QDateTime lastAt;

    qint64 brokenId = 0;  // first entry where the chain breaks; 0 = the chain is intact
    QString chainProblem; // why, naming that entry

    int checkpointsChecked = 0;
    std::optional<AuditCheckpoint> lastGoodCheckpoint;
    QStringList signingKeys; // fingerprints of the keys of the good checkpoints, first use first
    qint64 checkpointBrokenId = 0; // entry named by the first failing checkpoint (0 = none)
    QStringList checkpointProblems;
    QString error; // the verification itself could not run (e.g. the database did not open)

    bool chainIntact() const { return brokenId == 0; }
    bool ok() const { return error.isEmpty() && chainIntact() && checkpointProblems.isEmpty(); }
    // Entries written after the last good checkpoint, not yet covered by a signature.
    qint64 unsignedEntries() const { return lastId - (lastGoodCheckpoint ? lastGoodCheckpoint->uptoId : 0); }
};
