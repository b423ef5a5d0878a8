#pragma once

#include "PostgresTestSchema.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh fleet database in a temporary folder, removed with the object. With
// CLINICMDM_TEST_BACKEND=postgresql (the *_pg CTest entries) it is a fresh schema on the
// PostgreSQL test server instead, so the same repository tests prove both backends.
class TestDatabase
{
public:
    TestDatabase() : TestDatabase(qEnvironmentVariable("CLINICMDM_TEST_BACKEND") == QLatin1String("postgresql")
                                      ? Database::Backend::PostgreSQL
                                      : Database::Backend::SQLite)
    {
    }
    explicit TestDatabase(Database::Backend backend)
    {
        QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
        if (backend == Database::Backend::PostgreSQL) {
            m_schema = std::make_unique<PostgresTestSchema>();
            m_path = m_schema->target().display();
            const Status s = m_db.openPostgres(m_schema->target());
            QVERIFY2(s.ok(), qPrintable(s.message()));
            return;
        }
        m_path = m_dir.filePath(QStringLiteral("fleet.sqlite"));
        const Status s = m_db.openSqlite(m_path);
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    ~TestDatabase() { m_db.close(); }
    Database &db() { return m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    bool isPostgres() const { return m_schema != nullptr; }
    const PostgresTestSchema *postgresSchema() const { return m_schema.get(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PostgresTestSchema> m_schema; // before m_db: the schema outlives the connection
    Database m_db;
};
