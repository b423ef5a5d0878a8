#include "db/Migrations.h"

#include "db/Database.h"
#include "db/SchemaV1.h"
#include "db/SchemaV2.h"
#include "db/SchemaV4.h"
#include "db/SchemaV5.h"
#include "db/SchemaV6.h"
#include "db/SchemaV7.h"
#include "db/SchemaV8.h"
#include "db/SchemaV9.h"
#include "db/SchemaV10.h"
#include "db/SchemaV11.h"
#include "db/SchemaV13.h"
#include "db/SchemaV14.h"
#include "db/SchemaV15.h"
#include "db/SchemaV16.h"
#include "db/SchemaV17.h"
#include "db/SchemaV20.h"
#include "db/SchemaV21.h"
#include "db/SchemaV25.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Migration {
    int version;
    const char *description;
    QList<SchemaStatement> (*statements)();
};

const QList<Migration> &allMigrations()
{
    static const QList<Migration> list = {
        {1, "fleet, commands, policies, audit, admins, settings", &SchemaV1::statements},
        {2, "MFA recovery codes, audit checkpoints", &SchemaV2::statements},
        // 3 is unused: it was held for the security core while 4 shipped first, and databases already
        // at 4 would never have run it.
        {4, "device text search column", &SchemaV4::statements},
        {5, "TOTP replay protection", &SchemaV5::statements},
        {6, "device search with filters index", &SchemaV6::statements},
        {7, "push tokens, reported device facts and apps", &SchemaV7::statements},
        {8, "Apple enrollment: SCEP challenges, device identities, unlock tokens", &SchemaV8::statements},
        {9, "push outbox, delivery results, push credentials", &SchemaV9::statements},
        {10, "Android agents and USB enrollment jobs", &SchemaV10::statements},
        {11, "compliance snapshots, vendor BAA register", &SchemaV11::statements},
        {13, "clinical app catalog", &SchemaV13::statements},
        {14, "shared device sessions", &SchemaV14::statements},
        {15, "reset-for-next-patient schedules", &SchemaV15::statements},
        {16, "device locations (Lost Mode)", &SchemaV16::statements},
        {17, "kiosk maintenance windows", &SchemaV17::statements},
        {20, "PostgreSQL: append-only audit trail triggers", &SchemaV20::statements},
        {21, "re-enrollment expectations (device identity binding)", &SchemaV21::statements},
        {25, "change counters for live views, stored device compliance", &SchemaV25::statements},
    };
    return list;
}

Status apply(Database &db, const Migration &m)
{
    QSqlDatabase conn = db.connection();
    if (!db.beginTransaction())
        return Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text());
    QSqlQuery q(conn);
    for (const SchemaStatement &st : m.statements()) {
        if (st.sqliteOnly && db.backend() != Database::Backend::SQLite)
            continue;
        if (st.postgresOnly && db.backend() != Database::Backend::PostgreSQL)
            continue;
        if (!q.exec(db.dialect(QString::fromUtf8(st.sql)))) {
            const QString why = q.lastError().text();
            db.rollbackTransaction();
            return Status::failure(ErrorCode::DatabaseRefused,
                                   QCoreApplication::translate("Migrations", "Upgrading the database to schema %1 failed: %2")
                                       .arg(m.version).arg(why));
        }
    }
    if (Status s = db.setSchemaVersion(m.version); !s) {
        db.rollbackTransaction();
        return s;
    }
    if (!db.commitTransaction())
        return Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text());
    return Status::success();
}

} // namespace

namespace Migrations {

int latestVersion() { return allMigrations().last().version; }

Status migrate(Database &db) { return migrateTo(db, latestVersion()); }

Status migrateTo(Database &db, int target)
{
    const int current = db.schemaVersion();
    for (const Migration &m : allMigrations()) {
        if (m.version <= current || m.version > target)
            continue;
        if (Status s = apply(db, m); !s)
            return s;
    }
    return Status::success();
}

} // namespace Migrations
