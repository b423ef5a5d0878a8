#include "push/PushCredentialRepository.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

PushCredentialRepository::PushCredentialRepository(Database &db) : m_db(db) {}

Status PushCredentialRepository::put(const QString &name, const QJsonObject &metadata, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO push_credentials (name, metadata, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET metadata = excluded.metadata, updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}

std::optional<QJsonObject> PushCredentialRepository::get(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT metadata FROM push_credentials WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

Status PushCredentialRepository::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM push_credentials WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}
