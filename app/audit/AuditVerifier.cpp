#include "audit/AuditVerifier.h"

#include "audit/AuditCheckpointRepository.h"
#include "audit/AuditLog.h"
#include "audit/AuditPublicKeys.h"
#include "audit/AuditSigningKey.h"
#include "db/Database.h"

#include <QCoreApplication>

namespace {


constexpr int BatchSize = 5000;

bool hashesAs(const AuditEvent &e, qint64 asId)
{
    AuditEvent moved = e;
    moved.id = asId;
    return AuditLog::chainHash(e.prevHash, moved) == e.hash;
}

// Entry `e` does not match its own hash: tell an edit from a move by trying the neighbouring ids
// it may have been written under.
void explainBadHash(const AuditLog &log, const AuditEvent &e, AuditVerification &r)
{
    if (hashesAs(e, e.id + 1)) {
        const std::optional<AuditEvent> next = log.event(e.id + 1);
        r.brokenId = e.id;
        if (next && hashesAs(*next, next->id - 1))
            r.chainProblem = QCoreApplication::translate("AuditVerifier", "entries %1 and %2 were swapped (reordered): entry %1 holds what was written as entry %2")
                                 .arg(e.id)
                                 .arg(e.id + 1);
        else
            r.chainProblem = QCoreApplication::translate("AuditVerifier", "entry %1 was deleted and the entries after it renumbered (entry %1 holds what was "
                                "written as entry %2)")
                                 .arg(e.id)
                                 .arg(e.id + 1);
    } else if (hashesAs(e, e.id - 1)) {
        r.brokenId = e.id - 1;
        r.chainProblem = QCoreApplication::translate("AuditVerifier", "entry %1 was inserted: entry %2 holds what was written as entry %1").arg(e.id - 1).arg(e.id);
    } else {
        r.brokenId = e.id;
        r.chainProblem = QCoreApplication::translate("AuditVerifier", "entry %1 does not match its hash: it was edited").arg(e.id);
    }
}

} // namespace

AuditVerifier::AuditVerifier(Database &db) : m_db(db) {}

AuditVerification AuditVerifier::verify(qint64 uptoId) const
{
    AuditVerification result;
    verifyChain(result, uptoId);
    verifyCheckpoints(result, uptoId);
    return result;
}

AuditVerification AuditVerifier::verifySinceLastCheckpoint(qint64 uptoId) const
{
    AuditCheckpointRepository checkpoints(m_db);
    const QMap<QString, QByteArray> keys = AuditPublicKeys(m_db).byFingerprint();
    QList<AuditCheckpoint> all = checkpoints.all();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->uptoId > uptoId)
            continue;
        const std::optional<AuditEvent> e = AuditLog(m_db).event(it->uptoId);
        if (!e || e->hash != it->uptoHash || !keys.contains(it->keyFingerprint)
            || !AuditSigningKey::verify(keys.value(it->keyFingerprint), it->signedMessage(), it->signature))
            break; // something is off: let the full check say what
        AuditVerification r;
        r.lastGoodCheckpoint = *it;
        r.firstId = e->id;
        r.firstAt = e->occurredAt;
        r.lastId = e->id;
        r.lastAt = e->occurredAt;
        verifyChain(r, uptoId, e);
        return r;
    }
    return verify(uptoId);
}

void AuditVerifier::verifyChain(AuditVerification &r, qint64 uptoId, std::optional<AuditEvent> prev) const
{
    AuditLog log(m_db);
    qint64 after = prev ? prev->id : 0;
    while (r.chainIntact()) {
        const QList<AuditEvent> batch = log.events(after, BatchSize);
        if (batch.isEmpty())
            return;
        for (const AuditEvent &e : batch) {
            if (uptoId > 0 && e.id > uptoId)
                return;
            const qint64 expectedId = prev ? prev->id + 1 : 1;
            if (e.id != expectedId) {
                r.brokenId = expectedId;
                r.chainProblem = expectedId + 1 == e.id
                                     ? QCoreApplication::translate("AuditVerifier", "entry %1 is missing: it was deleted").arg(expectedId)
                                     : QCoreApplication::translate("AuditVerifier", "entries %1 to %2 are missing: they were deleted").arg(expectedId).arg(e.id - 1);
                return;
            }
            if (AuditLog::chainHash(e.prevHash, e) != e.hash) {
                explainBadHash(log, e, r);
                return;
            }
            if (prev && e.prevHash != prev->hash) {
                // This entry is intact and chains to what the previous entry's hash used to be, so
                // the previous entry was changed and its hash recomputed to hide it.
                r.brokenId = prev->id;
                r.chainProblem = QCoreApplication::translate("AuditVerifier", "entry %1 was edited and its hash recomputed: entry %2 no longer chains to it")
                                     .arg(prev->id)
                                     .arg(e.id);
                return;
            }
            if (!prev) {
                r.firstId = e.id;
                r.firstAt = e.occurredAt;
            }
            ++r.entries;
            r.lastId = e.id;
            r.lastAt = e.occurredAt;
            prev = e;
        }
        after = batch.last().id;
    }
}

void AuditVerifier::verifyCheckpoints(AuditVerification &r, qint64 uptoId) const
{
    AuditLog log(m_db);
    const QMap<QString, QByteArray> keys = AuditPublicKeys(m_db).byFingerprint();
    const std::optional<AuditEvent> newest = log.latest();
    qint64 lastGoodUpto = 0;
    // SQLite's AUTOINCREMENT never skips an id, so a gap means deleted checkpoints (PostgreSQL
    // sequences may skip after a failed insert, so this check is SQLite's only).
    const bool idsAreDense = m_db.backend() == Database::Backend::SQLite;
    qint64 expectedId = 1;
    for (const AuditCheckpoint &c : AuditCheckpointRepository(m_db).all()) {
        if (idsAreDense && c.id != expectedId)
            r.checkpointProblems << (c.id == expectedId + 1
                                         ? QCoreApplication::translate("AuditVerifier", "checkpoint %1 is missing: it was deleted").arg(expectedId)
                                         : QCoreApplication::translate("AuditVerifier", "checkpoints %1 to %2 are missing: they were deleted")
                                               .arg(expectedId)
                                               .arg(c.id - 1));
        expectedId = c.id + 1;
        if (uptoId > 0 && c.uptoId > uptoId)
            continue;
        ++r.checkpointsChecked;
        auto fail = [&](const QString &why, qint64 entry) {
            r.checkpointProblems << QCoreApplication::translate("AuditVerifier", "checkpoint %1: %2").arg(c.id).arg(why);
            if (r.checkpointBrokenId == 0)
                r.checkpointBrokenId = entry;
        };
        const auto key = keys.constFind(c.keyFingerprint);
        if (key == keys.constEnd()) {
            fail(QCoreApplication::translate("AuditVerifier", "signed by an unknown key %1").arg(c.keyFingerprint), c.uptoId);
            continue;
        }
        if (!AuditSigningKey::verify(*key, c.signedMessage(), c.signature)) {
            fail(QCoreApplication::translate("AuditVerifier", "the signature does not verify (the checkpoint was altered or forged)"), c.uptoId);
            continue;
        }
        const std::optional<AuditEvent> e = log.event(c.uptoId);
        if (!e) {
            fail(newest && newest->id < c.uptoId
                     ? QCoreApplication::translate("AuditVerifier", "it signed entry %1, which no longer exists: entries %2 to %1 were deleted from the end")
                           .arg(c.uptoId)
                           .arg(newest->id + 1)
                     : QCoreApplication::translate("AuditVerifier", "it signed entry %1, which no longer exists").arg(c.uptoId),
                 c.uptoId);
            continue;
        }
        if (e->hash != c.uptoHash) {
            fail(QCoreApplication::translate("AuditVerifier", "entry %1 is not what was signed: the chain was rewritten between entries %2 and %1")
                     .arg(c.uptoId)
                     .arg(lastGoodUpto + 1),
                 lastGoodUpto + 1);
            continue;
        }
        lastGoodUpto = std::max(lastGoodUpto, c.uptoId);
        if (!r.signingKeys.contains(c.keyFingerprint))
            r.signingKeys << c.keyFingerprint;
        if (!r.lastGoodCheckpoint || c.uptoId >= r.lastGoodCheckpoint->uptoId)
            r.lastGoodCheckpoint = c;
    }
}
