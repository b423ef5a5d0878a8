#include "db/Database.h"
#include "db/Migrations.h"
#include "fleet/DeviceRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Rewinding a database to schema 3 or 4 in these tests: drop what every later migration created
// (tables only; migrations after 6 add tables, never columns to older ones), so it can run again.
void dropTablesAfterSchema6(Database &db)
{
    static const QStringList upToSix = {
        QStringLiteral("admin_recovery_codes"), QStringLiteral("admin_users"),     QStringLiteral("audit_checkpoints"),
        QStringLiteral("audit_events"),         QStringLiteral("command_results"), QStringLiteral("commands"),
        QStringLiteral("device_groups"),        QStringLiteral("devices"),         QStringLiteral("enrollments"),
        QStringLiteral("group_members"),        QStringLiteral("policies"),        QStringLiteral("policy_assignments"),
        QStringLiteral("policy_versions"),      QStringLiteral("settings")};
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // Schema 25's change triggers and device verdict columns live on the old tables.
    QStringList triggers;
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_changed\\_%' ESCAPE '\\'"));
    while (q.next())
        triggers << q.value(0).toString();
    for (const QString &trigger : std::as_const(triggers))
        QSqlQuery(db.connection()).exec(QStringLiteral("DROP TRIGGER %1").arg(trigger));
    for (const char *sql : {"DROP INDEX devices_by_compliance", "DROP INDEX devices_by_policy_label",
                            "ALTER TABLE devices DROP COLUMN compliance", "ALTER TABLE devices DROP COLUMN policy_label"})
        QSqlQuery(db.connection()).exec(QString::fromLatin1(sql));
    for (const QString &t : tables(db))
        if (!upToSix.contains(t))
            QSqlQuery(db.connection()).exec(QStringLiteral("DROP TABLE %1").arg(t));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void emptyToCurrent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/fleet.sqlite"));
        Database db;
        const Status s = db.openSqlite(path);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        const QStringList t = tables(db);
        for (const char *name : {"devices", "enrollments", "commands", "command_results", "policies",
                                 "policy_assignments", "device_groups", "audit_events", "admin_users", "settings"})
            QVERIFY2(t.contains(QLatin1String(name)), name);

        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopenKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.sqlite"));
        {
            Database db;
            QVERIFY(db.openSqlite(path).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings(key, value, updated_at) VALUES ('k', 'v', 1)")));
        }
        Database db;
        QVERIFY(db.openSqlite(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key='k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.sqlite"));
        {
            Database db;
            QVERIFY(db.openSqlite(path).ok());
            QVERIFY(db.setSchemaVersion(Migrations::latestVersion() + 5).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        Database db;
        const Status s = db.openSqlite(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), ErrorCode::DatabaseRefused);
        QVERIFY2(s.message().contains(QLatin1String("newer")), qPrintable(s.message()));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void corruptFileIsRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database at all, just some text\n");
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("header then garbage") << header + QByteArray(4096, '\xA5');
    }

    void corruptFileIsRefusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        const Status s = db.openSqlite(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), ErrorCode::DatabaseRefused);
        QVERIFY2(s.message().contains(QLatin1String("untouched")), qPrintable(s.message()));
        QCOMPARE(fileHash(path), before);
    }

    void auditEventsAreAppendOnly()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.openSqlite(dir.filePath(QStringLiteral("fleet.sqlite"))).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_events(occurred_at, actor, action, outcome) VALUES (1,'a','x','ok')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET actor='b'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events")));
        QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_events")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
    }

    void integrityCheckOfSoundFile()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.openSqlite(dir.filePath(QStringLiteral("fleet.sqlite"))).ok());
        QVERIFY(db.integrityProblems().isEmpty());
    }

    // Schema 4 adds devices.search_text and fills it for the devices already there.
    void searchColumnIsBackfilled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.sqlite"));
        {
            Database db;
            QVERIFY(db.openSqlite(path).ok());
            Device d;
            d.serial = QStringLiteral("OLD-1");
            d.name = QStringLiteral("Radiology iPad 7");
            d.assignedTo = QStringLiteral("Dr. Nguyen");
            QVERIFY(DeviceRepository(db).insert(d).ok());
            // Back to the schema-3 shape: no search column, version 3.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DROP INDEX devices_by_search")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX devices_by_search_filters")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE devices DROP COLUMN search_text")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE admin_users DROP COLUMN totp_last_step"))); // schema 5's
            dropTablesAfterSchema6(db);
            QVERIFY(db.setSchemaVersion(3).ok());
        }
        Database db;
        QVERIFY(db.openSqlite(path).ok());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        DeviceQuery query;
        query.text = QStringLiteral("nguyen");
        DeviceRepository repo(db);
        QCOMPARE(repo.count(query), 1);
        QCOMPARE(repo.page(query, 0, 10).value(0).serial, QStringLiteral("OLD-1"));
        query.text = QStringLiteral("ipad 7 old-1"); // name and serial are not one run of text
        QCOMPARE(repo.count(query), 0);
    }

    // Schema 6 adds the search-and-filters index to a schema-4 database; searches with filters
    // then scan it (and still find the right devices).
    void searchFiltersIndexIsAdded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.sqlite"));
        {
            Database db;
            QVERIFY(db.openSqlite(path).ok());
            Device d;
            d.serial = QStringLiteral("K-1");
            d.name = QStringLiteral("Front desk check-in kiosk 1");
            d.ownership = Ownership::COSU;
            d.department = QStringLiteral("Front desk");
            QVERIFY(DeviceRepository(db).insert(d).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DROP INDEX devices_by_search_filters")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE admin_users DROP COLUMN totp_last_step"))); // schema 5's
            dropTablesAfterSchema6(db);
            QVERIFY(db.setSchemaVersion(4).ok());
        }
        Database db;
        QVERIFY(db.openSqlite(path).ok());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        DeviceQuery query;
        query.text = QStringLiteral("kiosk");
        query.ownership = Ownership::COSU;
        query.department = QStringLiteral("Front desk");
        QSqlQuery plan(db.connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM devices WHERE search_text LIKE '%kiosk%' "
                                         "AND +ownership = 'COSU' AND +department = 'Front desk'")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString planText = steps.join(QLatin1Char(' '));
        QVERIFY2(planText.contains(QLatin1String("devices_by_search_filters")), qPrintable(planText));
        DeviceRepository repo(db);
        QCOMPARE(repo.count(query), 1);
        QCOMPARE(repo.page(query, 0, 10).value(0).serial, QStringLiteral("K-1"));
        query.department = QStringLiteral("ICU");
        QCOMPARE(repo.count(query), 0);
        QVERIFY(repo.page(query, 0, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
