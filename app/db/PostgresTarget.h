#pragma once

#include <QString>

// Where a PostgreSQL fleet database is: what `--db postgresql://user@host:port/dbname` names, or a
// libpq keyword string ("host=... port=... dbname=... user=..."). The password is never part of
// it: it comes from the OS keychain (SecretStore), or from PGPASSWORD / ~/.pgpass as libpq reads
// them, so it never lands in settings, shell history or a process list.
class PostgresTarget
{
public:
    QString host;     // a name, an address, or a unix socket folder (starts with '/')
    int port = 5432;
    QString dbname;
    QString user;
    QString password; // filled in at open time, never parsed from the text
    QString options;  // libpq "options" (e.g. "-c search_path=x"), for tests

    // True for text that names a PostgreSQL database rather than a SQLite file.
    static bool looksLikePostgres(const QString &text);
    // Parses a postgresql:// (or postgres://) URL or a keyword string. A password inside the text
    // is refused: *error says why and where to keep it instead.
    static PostgresTarget parse(const QString &text, QString *error);

    // postgresql://user@host:port/dbname: for messages and as the keychain entry's name.
    QString display() const;
};
