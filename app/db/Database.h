#pragma once

#include "core/Status.h"
#include "db/PostgresTarget.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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
    // Connects to a PostgreSQL database (QPSQL) and migrates it. A refused password or an
    // unreachable server is DatabaseRefused with libpq's reason; so is a newer schema. Consoles that
    // open the same database at once migrate it one after the other (an advisory lock).
    Status openPostgres(const PostgresTarget &target);
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

    // Transactions as SQLite has them: begin fails inside an open transaction, so code that says
    // "my own transaction, or the caller's" works on both. (PostgreSQL only warns on a nested
    // BEGIN, and the inner COMMIT would then commit the caller's half-done work.) Every transaction
    // goes through these or WriteTransaction, never through QSqlDatabase::transaction() directly.
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();

    // The id of a row just inserted. QPSQL's lastInsertId() is the row's OID, which PostgreSQL
    // tables no longer have, so on PostgreSQL the INSERT must end in returningId() (" RETURNING id")
    // and insertedId() reads that row; on SQLite both fall back to lastInsertId().
    QString returningId() const;
    qint64 insertedId(QSqlQuery &query) const;

private:
    static Status checkSqliteHeader(const QString &path);
    Status configureSqlite();
    Status checkVersionAndMigrate();

    QString m_connectionName;
    QString m_path;
    PostgresTarget m_postgres;
    Backend m_backend = Backend::SQLite;
    bool m_inTransaction = false; // PostgreSQL only; SQLite knows it itself
};
