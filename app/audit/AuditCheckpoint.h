#pragma once

#include <QDateTime>
#include <QString>

// A signature by the console's audit key over the chain hash of entry `uptoId`: whoever rewrites the
// chain up to that entry cannot produce a matching signature without the key from the keychain.
struct AuditCheckpoint {
    qint64 id = 0;
    qint64 uptoId = 0;
    QString uptoHash;
    QString signature;      // base64 of the DER ECDSA P-256 / SHA-256 signature over signedMessage()
    QString keyFingerprint; // hex SHA-256 of the public key's DER SubjectPublicKeyInfo
    QDateTime createdAt;    // UTC, whole seconds

    // The exact bytes signed (no trailing newline):
    //   clinicmdm-audit-checkpoint-v1 LF <upto_id> LF <upto_hash> LF <created_at ISO 8601 UTC>
    QByteArray signedMessage() const
    {
        return QStringLiteral("clinicmdm-audit-checkpoint-v1\n%1\n%2\n%3")
            .arg(uptoId)
            .arg(uptoHash, createdAt.toUTC().toString(Qt::ISODate))
            .toUtf8();
    }
};
