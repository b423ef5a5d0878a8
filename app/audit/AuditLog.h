#pragma once

#include "audit/AuditEvent.h"
#include "core/Status.h"
#include "security/Actor.h"

#include <QList>

class Database;

// The append-only audit trail. Each entry's hash is SHA-256 over the previous entry's hash and this
// entry's canonical fields (AuditLog::canonical), so editing, deleting, inserting or reordering any
// entry breaks the chain from that entry on.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    Status record(const Actor &actor, const QString &action, const QString &outcome, const QString &details = {},
                  std::optional<qint64> deviceId = std::nullopt);

    QList<AuditEvent> events(qint64 afterId = 0, int limit = 1000) const;

    // The exact bytes that are hashed for an entry (documented in the README for offline checks).
    static QByteArray canonical(const AuditEvent &e);
    static QString chainHash(const QString &prevHash, const AuditEvent &e);

private:
    Database &m_db;
};
