#pragma once

#include "core/Status.h"

#include <QSqlDatabase>
#include <QString>

// One open connection to the fleet database. SQLite is the default backend; PostgreSQL shares the
// schema and the migrations. Each thread that touches the database opens its own Database
// (QSqlDatabase connections are per thread); repositories borrow the connection, never own it.
class Database
{
public:
    enum class Backend { SQLite, PostgreSQL };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when absent, mode 0600) and migrates a SQLite file. A corrupt file or one
    // written by a newer ClinicMDM is refused and left byte for byte as it was.
    Status openSqlite(const QString &path);
    // Opens the same database again, for another thread.
    Status openAnother(const Database &other);
    void close();

    bool isOpen() const;
    Backend backend() const { return m_backend; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    int schemaVersion() const;
    Status setSchemaVersion(int version);

    // PRAGMA integrity_check on SQLite; a list of problems, empty when the file is sound.
    QStringList integrityProblems() const;

    // Backend-specific spellings used by migrations: ${ID}, ${BLOB}.
    QString dialect(const QString &sql) const;

private:
    static Status checkSqliteHeader(const QString &path);
    Status configureSqlite();

    QString m_connectionName;
    QString m_path;
    Backend m_backend = Backend::SQLite;
};
