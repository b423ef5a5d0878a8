#pragma once

#include "core/Status.h"
#include "security/Actor.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

class Database;

// Writes a part of the audit trail to a folder that an auditor can verify offline with openssl
// and standard shell tools (README, "Verifying an audit export"):
//   chain.tsv            per entry: hash TAB prev_hash TAB canonical text (AuditLog::canonical)
//   entries.csv|.jsonl   the same rows for reading; a pure function of chain.tsv, so the procedure
//                        regenerates it and compares byte for byte
//   checkpoints.tsv      id TAB upto_id TAB upto_hash TAB created_at TAB key_fingerprint TAB signature
//   keys/<fingerprint>.pem, audit-public-key.pem   the public keys that signed them
// The entries exported are the contiguous id range from the first to the last entry in [from, to],
// so the chain verifies without gaps. The caller signs a checkpoint of the last entry first
// (AuditCheckpointer), so every export ends on a signature.
class AuditExporter
{
public:
    enum class Format { Csv, Jsonl };
    struct Result {
        qint64 entries = 0;
        qint64 firstId = 0;
        qint64 lastId = 0;
        int checkpoints = 0;
        QStringList files;
    };

    explicit AuditExporter(Database &db);

    static std::optional<Format> parseFormat(const QString &name);
    // First and last id of the entries in [from, to] (either may be invalid = open); none when empty.
    std::optional<std::pair<qint64, qint64>> idRange(const QDateTime &from, const QDateTime &to) const;
    // Writes the folder (which must not exist or be empty) and records "audit.export" for `actor`.
    Status write(qint64 firstId, qint64 lastId, Format format, const QString &folder, const Actor &actor,
                 Result *result) const;


private:
    Status writeFiles(qint64 firstId, qint64 lastId, Format format, const QString &folder, Result *result) const;
    Database &m_db;
};
