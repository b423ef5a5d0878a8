#pragma once

#include "core/Status.h"

#include <QJsonObject>
#include <optional>

class Database;

// All SQL for push_credentials: the public parts of each push credential as JSON, by name
// (the names are PushCredentialNames). Private keys never come here.
class PushCredentialRepository
{
public:
    explicit PushCredentialRepository(Database &db);

    Status put(const QString &name, const QJsonObject &metadata, qint64 now);
    std::optional<QJsonObject> get(const QString &name) const;
    Status remove(const QString &name);

private:
    Database &m_db;
};
