#include "audit/AuditCheckpointRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

AuditCheckpointRepository::AuditCheckpointRepository(Database &db) : m_db(db) {}

Status AuditCheckpointRepository::insert(AuditCheckpoint &c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_checkpoints (upto_id, upto_hash, signature, key_fingerprint, created_at) "
                             "VALUES (?,?,?,?,?)") + m_db.returningId());
    q.addBindValue(c.uptoId);
    q.addBindValue(c.uptoHash);
    q.addBindValue(c.signature);
    q.addBindValue(c.keyFingerprint);
    q.addBindValue(c.createdAt.toSecsSinceEpoch());
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    c.id = m_db.insertedId(q);
    return Status::success();
}

QList<AuditCheckpoint> AuditCheckpointRepository::select(const QString &where, const QVariantList &values) const
{
    QList<AuditCheckpoint> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, upto_id, upto_hash, signature, key_fingerprint, created_at FROM audit_checkpoints ")
              + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditCheckpoint c;
        c.id = q.value(0).toLongLong();
        c.uptoId = q.value(1).toLongLong();
        c.uptoHash = q.value(2).toString();
        c.signature = q.value(3).toString();
        c.keyFingerprint = q.value(4).toString();
        c.createdAt = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        out << c;
    }
    return out;
}

QList<AuditCheckpoint> AuditCheckpointRepository::all() const { return select(QStringLiteral("ORDER BY id"), {}); }

QList<AuditCheckpoint> AuditCheckpointRepository::covering(qint64 fromId, qint64 toId) const
{
    return select(QStringLiteral("WHERE upto_id >= ? AND upto_id <= ? ORDER BY id"), {fromId, toId});
}

std::optional<AuditCheckpoint> AuditCheckpointRepository::latest() const
{
    const QList<AuditCheckpoint> found = select(QStringLiteral("ORDER BY id DESC LIMIT 1"), {});
    return found.isEmpty() ? std::nullopt : std::optional<AuditCheckpoint>(found.first());
}

std::optional<AuditCheckpoint> AuditCheckpointRepository::byId(qint64 id) const
{
    const QList<AuditCheckpoint> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<AuditCheckpoint>(found.first());
}
