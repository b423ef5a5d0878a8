#include "db/Database.h"

#include "db/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("clinicmdm-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database() { close(); }

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

bool Database::isOpen() const { return connection().isOpen(); }

void Database::close()
{
    m_inTransaction = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "Cannot read the database file %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return Status::success(); // a new, empty file becomes a fresh database
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "%1 is not a ClinicMDM database (not a SQLite file, or damaged). "
                                  "It was left untouched.").arg(path));
    return Status::success();
}

Status Database::openSqlite(const QString &path)
{
    close();
    m_backend = Backend::SQLite;
    m_path = QFileInfo(path).absoluteFilePath();

    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(ErrorCode::DatabaseRefused,
                                   QCoreApplication::translate("Database", "Cannot create the folder %1").arg(info.absolutePath()));
        // Created here, owner-only, before SQLite ever writes to it: the fleet is sensitive.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Status::failure(ErrorCode::DatabaseRefused,
                                   QCoreApplication::translate("Database", "Cannot create %1: %2").arg(m_path, file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    } else if (Status header = checkSqliteHeader(m_path); !header) {
        return header;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "Cannot open %1: %2").arg(m_path, db.lastError().text()));

    // Read before anything writes: a newer or unreadable database must stay exactly as it was.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        const QString why = probe.lastError().text();
        probe.finish();
        close();
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "%1 cannot be read as a database (%2). It was left untouched.").arg(m_path, why));
    }
    const int version = probe.value(0).toInt();
    probe.finish();
    if (version > Migrations::latestVersion()) {
        close();
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "%1 was written by a newer ClinicMDM (schema %2; this program knows up to %3). "
                                  "It was left untouched; update ClinicMDM to open it.")
                                   .arg(m_path).arg(version).arg(Migrations::latestVersion()));
    }
    if (version < 0) {
        close();
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "%1 is damaged (invalid schema version). It was left untouched.").arg(m_path));
    }
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !check.next()) {
            const QString why = check.lastError().text();
            check.finish();
            close();
            return Status::failure(ErrorCode::DatabaseRefused,
                                   QCoreApplication::translate("Database", "%1 is damaged (%2). It was left untouched.").arg(m_path, why));
        }
    }

    if (Status s = configureSqlite(); !s) {
        close();
        return s;
    }
    if (Status s = Migrations::migrate(*this); !s) {
        close();
        return s;
    }
    return Status::success();
}

Status Database::openPostgres(const PostgresTarget &target)
{
    close();
    m_backend = Backend::PostgreSQL;
    m_postgres = target;
    m_path = target.display();
    // In a scope of its own: the connection handle must be gone before close() removes it.
    const auto connectAndMigrate = [this, &target]() -> Status {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid())
            return Status::failure(ErrorCode::DatabaseRefused,
                                   QCoreApplication::translate("Database", "The PostgreSQL driver of Qt (QPSQL) is not installed: install libqt6sql6-psql."));
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.dbname);
        db.setUserName(target.user);
        if (!target.password.isEmpty())
            db.setPassword(target.password);
        // An unreachable server fails in seconds instead of hanging the console or a script; the
        // server's NOTICEs ("... already exists, skipping") are not for the admin's terminal.
        QString options = QStringLiteral("-c client_min_messages=warning");
        if (!target.options.isEmpty())
            options += QLatin1Char(' ') + target.options;
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=clinicmdm;options='%1'").arg(options));
        if (!db.open())
            return Status::failure(ErrorCode::DatabaseRefused,
                                   QCoreApplication::translate("Database", "Cannot connect to the PostgreSQL database %1: %2")
                                       .arg(m_path, db.lastError().text().trimmed()));
        QSqlQuery q(db);
        // Fixed key: every ClinicMDM on this database waits here while one of them migrates.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(7261001)")))
            return Status::failure(ErrorCode::DatabaseRefused,
                                   QCoreApplication::translate("Database", "Cannot lock %1 for the schema check: %2").arg(m_path, q.lastError().text()));
        // PostgreSQL has no user_version: one row in this table holds the schema version.
        const Status s = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS clinicmdm_schema (version INTEGER NOT NULL)"))
            ? checkVersionAndMigrate()
            : Status::failure(ErrorCode::DatabaseRefused,
                              QCoreApplication::translate("Database", "Cannot prepare %1: %2").arg(m_path, q.lastError().text()));
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(7261001)"));
        return s;
    };
    const Status s = connectAndMigrate();
    if (!s)
        close();
    return s;
}

Status Database::checkVersionAndMigrate()
{
    const int version = schemaVersion();
    if (version < 0)
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "%1 cannot be read as a ClinicMDM database. It was left untouched.").arg(m_path));
    if (version > Migrations::latestVersion())
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "%1 was written by a newer ClinicMDM (schema %2; this program knows up to %3). "
                                  "It was left untouched; update ClinicMDM to open it.")
                                   .arg(m_path).arg(version).arg(Migrations::latestVersion()));
    return Migrations::migrate(*this);
}

Status Database::configureSqlite()
{
    QSqlQuery q(connection());
    // A 32 MB page cache (SQLite's default is 2 MB) keeps a 100,000-device fleet's hot pages in
    // memory. A bulk insert holds its dirty pages until 128 MB (32768 pages) before spilling them to
    // the WAL mid-transaction: spilling at the cache size made a 100,000-device import 20x slower.
    const char *pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                             "PRAGMA busy_timeout=5000", "PRAGMA cache_size=-32768", "PRAGMA cache_spill=32768"};
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Status::failure(ErrorCode::DatabaseRefused,
                                   QCoreApplication::translate("Database", "Cannot configure %1: %2").arg(m_path, q.lastError().text()));
    }
    return Status::success();
}

Status Database::openAnother(const Database &other)
{
    close();
    m_backend = other.m_backend;
    m_path = other.m_path;
    m_postgres = other.m_postgres;
    QSqlDatabase db = QSqlDatabase::cloneDatabase(other.m_connectionName, m_connectionName);
    if (!db.open())
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("Database", "Cannot open %1: %2").arg(m_path, db.lastError().text()));
    if (m_backend == Backend::SQLite)
        return configureSqlite();
    return Status::success();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (m_backend == Backend::PostgreSQL) {
        if (!q.exec(QStringLiteral("SELECT max(version) FROM clinicmdm_schema")) || !q.next())
            return -1;
        return q.value(0).isNull() ? 0 : q.value(0).toInt();
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::setSchemaVersion(int version)
{
    QSqlQuery q(connection());
    if (m_backend == Backend::PostgreSQL) {
        q.prepare(QStringLiteral("INSERT INTO clinicmdm_schema (version) VALUES (?)"));
        q.addBindValue(version);
        if (!QSqlQuery(connection()).exec(QStringLiteral("DELETE FROM clinicmdm_schema")) || !q.exec())
            return Status::failure(ErrorCode::DatabaseRefused, q.lastError().text());
        return Status::success();
    }
    // PRAGMA takes no bound parameters; version is an int we produced, not input.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Status::failure(ErrorCode::DatabaseRefused, q.lastError().text());
    return Status::success();
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery q(connection());
    // The server enforces foreign keys as it writes and checks its own pages; a live query is
    // what can still go wrong.
    if (m_backend == Backend::PostgreSQL) {
        if (!q.exec(QStringLiteral("SELECT 1")))
            problems << q.lastError().text();
        return problems;
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << q.lastError().text();
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery fk(connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            problems << QCoreApplication::translate("Database", "Foreign key violation in table %1, row %2").arg(fk.value(0).toString(), fk.value(1).toString());
    }
    return problems;
}

QString Database::dialect(const QString &sql) const
{
    QString out = sql;
    if (m_backend == Backend::PostgreSQL) {
        out.replace(QLatin1String("${ID}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        out.replace(QLatin1String("${BLOB}"), QLatin1String("BYTEA"));
    } else {
        out.replace(QLatin1String("${ID}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        out.replace(QLatin1String("${BLOB}"), QLatin1String("BLOB"));
    }
    return out;
}

QString Database::returningId() const
{
    return m_backend == Backend::PostgreSQL ? QStringLiteral(" RETURNING id") : QString();
}

qint64 Database::insertedId(QSqlQuery &query) const
{
    if (m_backend == Backend::PostgreSQL)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

bool Database::beginTransaction()
{
    QSqlDatabase conn = connection();
    if (m_backend == Backend::SQLite)
        return conn.transaction();
    if (m_inTransaction)
        return false;
    m_inTransaction = conn.transaction();
    return m_inTransaction;
}

bool Database::commitTransaction()
{
    if (m_backend == Backend::PostgreSQL && !m_inTransaction)
        return false;
    m_inTransaction = false; // a failed COMMIT ends the transaction on PostgreSQL too
    return connection().commit();
}

void Database::rollbackTransaction()
{
    if (m_backend == Backend::PostgreSQL) {
        if (!m_inTransaction)
            return;
        m_inTransaction = false;
    }
    connection().rollback();
}
