#pragma once

#include "core/Status.h"
#include "push/PushOutboxEntry.h"

#include <QList>

class Database;

// All SQL for push_outbox: wakes are written here first and leave only once they have an answer
// that ends them (delivered, or a dead/invalid channel), so nothing is lost to a crash or an outage.
class PushOutboxRepository
{
public:
    // How long a sender owns a claimed row; after that another sender (or this one restarted) may
    // take it again.
    static constexpr qint64 ClaimSeconds = 120;

    explicit PushOutboxRepository(Database &db);

    // "host:pid" of this process: who claims rows.
    static QString claimerId();
    // Releases the claims of senders on this host whose process is gone (a crash, a kill), so a
    // restart sends their wakes at once instead of after the claim lapses.
    int releaseDeadClaims(qint64 now);

    // Adds a wake unless one for the device is already waiting unclaimed (a device woken once
    // fetches every queued command). Runs inside the caller's transaction when there is one.
    Status enqueue(qint64 deviceId, const QString &origin, qint64 now);
    // Due rows, oldest first, claimed for this sender in one step each (a row another sender
    // claimed in between is skipped).
    QList<PushOutboxEntry> claimDue(qint64 now, int limit);
    // The attempt failed and will be retried at `nextAttemptAt`; the claim is released.
    Status reschedule(qint64 id, qint64 nextAttemptAt, const QString &error);
    Status remove(qint64 id);
    // Earliest next_attempt_at among rows not claimed, or 0 when the outbox is empty.
    qint64 nextDue() const;
    int count(qint64 deviceId = 0) const;
    QList<PushOutboxEntry> all() const;

private:
    Database &m_db;
};
