#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditQuery.h"
#include "core/Status.h"
#include "security/Actor.h"

#include <QList>

class Database;

// The append-only audit trail. Each entry's hash is SHA-256 over the previous entry's hash and this
// entry's canonical fields (AuditLog::canonical), so editing, deleting, inserting or reordering any
// entry breaks the chain from that entry on. Rewriting the chain from an entry on is caught by the
// signed checkpoints (AuditCheckpointer); AuditVerifier checks both.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    Status record(const Actor &actor, const QString &action, const QString &outcome, const QString &details = {},
                  std::optional<qint64> deviceId = std::nullopt);

    // Entries in id order, for the verifier and the exporter.
    QList<AuditEvent> events(qint64 afterId = 0, int limit = 1000) const;
    std::optional<AuditEvent> event(qint64 id) const;
    std::optional<AuditEvent> latest() const;
    // Filtered pages, for the audit page and `audit list`.
    QList<AuditEvent> page(const AuditQuery &query, int offset, int limit) const;
    int count(const AuditQuery &query) const;
    // Distinct values for the filter drop-downs.
    QStringList actors() const;
    QStringList actions() const;

    // The exact text that is hashed for an entry: id, time (ISO 8601 UTC), actor, role, device id
    // (empty when none), action, outcome, details, joined by TAB. In text fields a backslash, TAB, LF
    // and CR are written \\ \t \n \r and other control characters \xHH, so the line has no raw
    // control character and splits unambiguously. The README's offline procedure rebuilds it.
    static QString canonical(const AuditEvent &e);
    static QString escapeField(const QString &text);
    // hex SHA-256 of  prev_hash + "\n" + canonical  (UTF-8); prev_hash is "" for the first entry.
    static QString chainHash(const QString &prevHash, const AuditEvent &e);

private:
    Database &m_db;
};
