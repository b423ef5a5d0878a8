#pragma once

#include "audit/AuditCheckpoint.h"
#include "core/Status.h"

#include <QList>

#include <optional>

class Database;

// The audit_checkpoints table (append-only on SQLite: a trigger forbids UPDATE).
class AuditCheckpointRepository
{
public:
    explicit AuditCheckpointRepository(Database &db);

    Status insert(AuditCheckpoint &checkpoint); // sets checkpoint.id
    QList<AuditCheckpoint> all() const;         // in id order
    QList<AuditCheckpoint> covering(qint64 fromId, qint64 toId) const; // upto_id within [fromId, toId]
    std::optional<AuditCheckpoint> latest() const;
    std::optional<AuditCheckpoint> byId(qint64 id) const;

private:
    QList<AuditCheckpoint> select(const QString &where, const QVariantList &values) const;
    Database &m_db;
};
