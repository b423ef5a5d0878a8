#pragma once

#include "db/Database.h"
#include "db/PostgresTarget.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

// A private schema on the throwaway PostgreSQL server that tests/run-all.sh starts
// (CLINICMDM_TEST_PG + CLINICMDM_TEST_PG_PASSWORD), dropped with the object. Connections opened
// with target() see only this schema (search_path), so test executables running at once never
// meet each other's tables.
class PostgresTestSchema
{
public:
    // Empty when a test server is configured; otherwise why PostgreSQL tests cannot run.
    static QString unavailableReason()
    {
        if (qEnvironmentVariableIsEmpty("CLINICMDM_TEST_PG"))
            return QStringLiteral("no PostgreSQL test server: CLINICMDM_TEST_PG is not set (tests/run-all.sh starts one "
                                  "when the postgresql package is installed: packaging/install-deps.sh --with-tests)");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("Qt's QPSQL driver is missing (libqt6sql6-psql)");
        return {};
    }

    static PostgresTarget serverTarget()
    {
        QString error;
        PostgresTarget t = PostgresTarget::parse(qEnvironmentVariable("CLINICMDM_TEST_PG"), &error);
        t.password = qEnvironmentVariable("CLINICMDM_TEST_PG_PASSWORD");
        return t;
    }

    PostgresTestSchema() : m_name(QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128))
    {
        const PostgresTarget t = serverTarget();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(t.host);
        db.setPort(t.port);
        db.setDatabaseName(t.dbname);
        db.setUserName(t.user);
        db.setPassword(t.password);
        db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE SCHEMA ") + m_name), qPrintable(q.lastError().text()));
        m_created = true;
    }
    ~PostgresTestSchema()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_created && db.isOpen())
                QSqlQuery(db).exec(QStringLiteral("DROP SCHEMA ") + m_name + QStringLiteral(" CASCADE"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PostgresTestSchema(const PostgresTestSchema &) = delete;
    PostgresTestSchema &operator=(const PostgresTestSchema &) = delete;

    QString name() const { return m_name; }
    PostgresTarget target() const
    {
        PostgresTarget t = serverTarget();
        t.options = QStringLiteral("-c search_path=") + m_name;
        return t;
    }

private:
    QString m_name;
    bool m_created = false;
};

// First line of a PostgreSQL test: skips on a developer machine without the server, fails in CI.
#define CLINICMDM_REQUIRE_POSTGRES()                                                                                   \
    do {                                                                                                               \
        const QString whyNot = PostgresTestSchema::unavailableReason();                                                \
        if (!whyNot.isEmpty()) {                                                                                       \
            if (qgetenv("CI") == "true")                                                                               \
                QFAIL(qPrintable(QStringLiteral("CI must test PostgreSQL, but ") + whyNot));                          \
            QSKIP(qPrintable(whyNot));                                                                                 \
        }                                                                                                              \
    } while (false)
