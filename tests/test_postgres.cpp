// The fleet database on PostgreSQL, next to the same checks on SQLite: every test runs once per
// backend ("sqlite", "postgresql" rows). The PostgreSQL rows need the throwaway server that
// tests/run-all.sh starts; without it they skip on a developer machine and fail in CI.
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "catalog/CatalogRepository.h"
#include "commands/CommandRepository.h"
#include "compliance/ComplianceSnapshotRepository.h"
#include "db/Migrations.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "policy/PolicyRepository.h"
#include "push/PushTokenRepository.h"
#include "security/Actor.h"
#include "shared/DeviceSessionRepository.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

// 2040-01-01: past the signed 32-bit epoch (2038), which an INTEGER column on PostgreSQL cannot hold.
constexpr qint64 kAfter2038 = 2'208'988'800;

Device makeDevice(int i)
{
    Device d;
    d.serial = QStringLiteral("SN-%1").arg(i, 5, 10, QLatin1Char('0'));
    d.name = QStringLiteral("Device %1").arg(i, 5, 10, QLatin1Char('0'));
    d.platform = i % 3 == 0 ? Platform::Android : (i % 3 == 1 ? Platform::iOS : Platform::iPadOS);
    d.ownership = i % 2 ? Ownership::COPE : Ownership::Shared;
    d.department = i % 4 == 0 ? QStringLiteral("ICU") : QStringLiteral("Front desk");
    d.model = d.platform == Platform::Android ? QStringLiteral("Galaxy Tab A8") : QStringLiteral("iPad");
    d.osVersion = QStringLiteral("17.%1").arg(i % 5);
    d.assignedTo = i % 7 == 0 ? QStringLiteral("Dr. Ávila") : QString();
    return d;
}

qint64 addDevice(Database &db, int i)
{
    Device d = makeDevice(i);
    const Status s = DeviceRepository(db).insert(d);
    if (!s)
        qWarning("%s", qPrintable(s.message()));
    return d.id;
}

bool execRaw(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().text();
    return ok;
}

} // namespace

// Opens the row's backend into `tdb` (a std::unique_ptr<TestDatabase>), or skips / fails.
#define OPEN_BACKEND(tdb)                                                                                              \
    QFETCH(bool, postgres);                                                                                            \
    if (postgres)                                                                                                      \
        CLINICMDM_REQUIRE_POSTGRES();                                                                                  \
    auto tdb = std::make_unique<TestDatabase>(postgres ? Database::Backend::PostgreSQL : Database::Backend::SQLite); \
    if (QTest::currentTestFailed())                                                                                    \
        return;                                                                                                        \
    QVERIFY(tdb->db().isOpen())

class TestPostgres : public QObject
{
    Q_OBJECT

    static void backends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

private slots:
    void migratesToLatestAndReopens_data() { backends(); }
    void migratesToLatestAndReopens()
    {
        OPEN_BACKEND(t);
        QCOMPARE(t->db().schemaVersion(), Migrations::latestVersion());
        QVERIFY(t->db().integrityProblems().isEmpty());
        const qint64 id = addDevice(t->db(), 1);
        QVERIFY(id > 0);
        if (!postgres)
            return;
        // Opening again runs no migration twice and keeps the data.
        Database again;
        const Status s = again.openPostgres(t->postgresSchema()->target());
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(again.schemaVersion(), Migrations::latestVersion());
        QVERIFY(DeviceRepository(again).findById(id));
        // A second connection for a worker thread.
        Database worker;
        QVERIFY(worker.openAnother(again).ok());
        QCOMPARE(DeviceRepository(worker).countAll(), 1);
    }

    void refusesNewerSchema()
    {
        CLINICMDM_REQUIRE_POSTGRES();
        TestDatabase t(Database::Backend::PostgreSQL);
        QVERIFY(t.db().setSchemaVersion(Migrations::latestVersion() + 1).ok());
        Database again;
        const Status s = again.openPostgres(t.postgresSchema()->target());
        QCOMPARE(s.code(), ErrorCode::DatabaseRefused);
        QVERIFY2(s.message().contains(QLatin1String("newer")), qPrintable(s.message()));
    }

    void wrongPasswordOrServerIsRefused()
    {
        CLINICMDM_REQUIRE_POSTGRES();
        PostgresTarget wrong = PostgresTestSchema::serverTarget();
        wrong.password = QStringLiteral("not-the-password");
        Database db;
        Status s = db.openPostgres(wrong);
        QCOMPARE(s.code(), ErrorCode::DatabaseRefused);
        QVERIFY2(s.message().contains(QLatin1String("password authentication failed")), qPrintable(s.message()));
        QVERIFY(!s.message().contains(wrong.password));

        PostgresTarget nowhere = PostgresTestSchema::serverTarget();
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = 1; // nothing listens on tcpmux
        s = db.openPostgres(nowhere);
        QCOMPARE(s.code(), ErrorCode::DatabaseRefused);
        QVERIFY2(s.message().contains(QLatin1String("Cannot connect")), qPrintable(s.message()));
    }

    void parsesTargets()
    {
        QString error;
        PostgresTarget t = PostgresTarget::parse(QStringLiteral("postgresql://mdm@db.clinic.lan:5433/fleet"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(t.user, QStringLiteral("mdm"));
        QCOMPARE(t.host, QStringLiteral("db.clinic.lan"));
        QCOMPARE(t.port, 5433);
        QCOMPARE(t.dbname, QStringLiteral("fleet"));
        QCOMPARE(t.display(), QStringLiteral("postgresql://mdm@db.clinic.lan:5433/fleet"));
        t = PostgresTarget::parse(QStringLiteral("host=127.0.0.1 port=6000 dbname=x user=y"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(t.port, 6000);
        QVERIFY(PostgresTarget::looksLikePostgres(QStringLiteral("postgres://a@b/c")));
        QVERIFY(!PostgresTarget::looksLikePostgres(QStringLiteral("/home/it/fleet.sqlite")));
        // A password in the text is refused, not silently used.
        PostgresTarget::parse(QStringLiteral("postgresql://mdm:secret@host/fleet"), &error);
        QVERIFY(error.contains(QLatin1String("password")));
        PostgresTarget::parse(QStringLiteral("host=h dbname=d password=secret"), &error);
        QVERIFY(error.contains(QLatin1String("password")));
        PostgresTarget::parse(QStringLiteral("postgresql://mdm@host:99999/fleet"), &error);
        QVERIFY(!error.isEmpty());
        PostgresTarget::parse(QStringLiteral("postgresql://mdm@host"), &error);
        QVERIFY(!error.isEmpty());
    }

    void devicesPageSortFilterCount_data() { backends(); }
    void devicesPageSortFilterCount()
    {
        OPEN_BACKEND(t);
        DeviceRepository repo(t->db());
        QList<Device> devices;
        for (int i = 1; i <= 300; ++i)
            devices << makeDevice(i);
        devices[0].lastSeen = QDateTime::fromSecsSinceEpoch(kAfter2038, Qt::UTC);
        const Status s = repo.insertAll(devices);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        // Every row got its own id (lastInsertId does not work on PostgreSQL: RETURNING does).
        QSet<qint64> ids;
        for (const Device &d : devices)
            ids.insert(d.id);
        QCOMPARE(ids.size(), 300);
        QVERIFY(!ids.contains(0));
        QCOMPARE(repo.findById(devices[0].id)->lastSeen.toSecsSinceEpoch(), kAfter2038);

        DeviceQuery all;
        QCOMPARE(repo.count(all), 300);
        QList<Device> page = repo.page(all, 0, 25);
        QCOMPARE(page.size(), 25);
        QCOMPARE(page.first().name, QStringLiteral("Device 00001"));
        page = repo.page(all, 290, 25);
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.last().name, QStringLiteral("Device 00300"));

        DeviceQuery desc;
        desc.sortField = DeviceField::Serial;
        desc.sortOrder = Qt::DescendingOrder;
        QCOMPARE(repo.page(desc, 0, 1).first().serial, QStringLiteral("SN-00300"));

        DeviceQuery filtered;
        filtered.platform = Platform::Android;
        filtered.ownership = Ownership::Shared;
        filtered.department = QStringLiteral("ICU");
        // i % 3 == 0, i even, i % 4 == 0: multiples of 12 up to 300.
        QCOMPARE(repo.count(filtered), 25);
        for (const Device &d : repo.page(filtered, 0, 100))
            QVERIFY(d.platform == Platform::Android && d.department == QLatin1String("ICU"));

        // Text search is case-insensitive on both backends, accents included.
        DeviceQuery text;
        text.text = QStringLiteral("dr. ÁVILA");
        QCOMPARE(repo.count(text), 300 / 7);
        text.text = QStringLiteral("sn-0012");
        QCOMPARE(repo.count(text), 10); // SN-00120..SN-00129

        QCOMPARE(repo.departments(), (QStringList{QStringLiteral("Front desk"), QStringLiteral("ICU")}));
        Device dup = makeDevice(5);
        QCOMPARE(repo.insert(dup).code(), ErrorCode::Conflict);
    }

    void auditTrailIsAppendOnly_data() { backends(); }
    void auditTrailIsAppendOnly()
    {
        OPEN_BACKEND(t);
        AuditLog log(t->db());
        for (int i = 0; i < 5; ++i)
            QVERIFY(log.record(Actor::system(), QStringLiteral("device.lock"), QStringLiteral("ok"),
                               QStringLiteral("step %1 — ünïcode").arg(i), i + 1)
                        .ok());
        QVERIFY(AuditVerifier(t->db()).verify().ok());
        QCOMPARE(log.events().size(), 5);
        QString why;
        QVERIFY(!execRaw(t->db(), QStringLiteral("UPDATE audit_events SET details = 'nothing' WHERE id = 2"), &why));
        QVERIFY2(why.contains(QLatin1String("append-only")), qPrintable(why));
        QVERIFY(!execRaw(t->db(), QStringLiteral("DELETE FROM audit_events WHERE id = 3"), &why));
        QVERIFY2(why.contains(QLatin1String("append-only")), qPrintable(why));
        if (postgres) {
            QVERIFY(!execRaw(t->db(), QStringLiteral("TRUNCATE audit_events"), &why));
            QVERIFY2(why.contains(QLatin1String("append-only")), qPrintable(why));
        }
        QCOMPARE(log.events().size(), 5);
        QVERIFY(AuditVerifier(t->db()).verify().ok());
    }

    void commandsQueueAndAcknowledge_data() { backends(); }
    void commandsQueueAndAcknowledge()
    {
        OPEN_BACKEND(t);
        const qint64 device = addDevice(t->db(), 1);
        CommandRepository repo(t->db());
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            DeviceCommand c;
            c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.deviceId = device;
            c.requestType = QStringLiteral("DeviceLock");
            c.payload = QByteArrayLiteral("{\"PIN\":\"123456\",\"bin\":\"\\u0000\"}");
            c.queuedAt = kAfter2038 + i;
            const Status s = repo.enqueue(c);
            QVERIFY2(s.ok(), qPrintable(s.message()));
            ids << c.id;
        }
        QVERIFY(ids[0] > 0 && ids[1] > ids[0] && ids[2] > ids[1]);
        const QList<DeviceCommand> queued = repo.list(device, QStringLiteral("queued"));
        QCOMPARE(queued.size(), 3);
        QCOMPARE(queued.first().queuedAt, kAfter2038 + 2);
        QCOMPARE(queued.first().payload, QByteArrayLiteral("{\"PIN\":\"123456\",\"bin\":\"\\u0000\"}"));
        QVERIFY(repo.setStatus(queued.first().uuid, QStringLiteral("acknowledged"), kAfter2038 + 10).ok());
        QVERIFY(repo.cancel(queued.last().uuid, kAfter2038 + 11).ok());
        QCOMPARE(repo.findByUuid(queued.first().uuid)->status, QStringLiteral("acknowledged"));
        QCOMPARE(repo.findByUuid(queued.last().uuid)->status, QStringLiteral("cancelled"));
        QCOMPARE(repo.list(device, QStringLiteral("queued")).size(), 1);
    }

    void policiesSaveVersions_data() { backends(); }
    void policiesSaveVersions()
    {
        OPEN_BACKEND(t);
        PolicyRepository repo(t->db());
        PolicyRecord p;
        p.name = QStringLiteral("Nurses' iPads");
        p.platform = QStringLiteral("apple");
        p.ownership = Ownership::Shared;
        p.body = QJsonObject{{QStringLiteral("maxInactivity"), 120}};
        QVERIFY(repo.insert(p, QStringLiteral("admin"), 1'700'000'000).ok());
        QVERIFY(p.id > 0);
        QVERIFY(repo.saveVersion(p, QJsonObject{{QStringLiteral("maxInactivity"), 60}}, QStringLiteral("admin"),
                                 1'700'000'100)
                    .ok());
        QCOMPARE(repo.findById(p.id)->version, 2);
        const QList<PolicyVersionRecord> versions = repo.versions(p.id);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.first().version, 2);
        QCOMPARE(versions.first().body.value(QStringLiteral("maxInactivity")).toInt(), 60);
        QCOMPARE(repo.version(p.id, 1)->body.value(QStringLiteral("maxInactivity")).toInt(), 120);
        const qint64 device = addDevice(t->db(), 2);
        QVERIFY(repo.assignDevice(p.id, device, 1'700'000'200).ok());
        QCOMPARE(repo.effectivePolicies().value(device), p.id);
        QCOMPARE(repo.devicesOf(p.id), QList<qint64>{device});
    }

    void pushTokensFactsAndGroups_data() { backends(); }
    void pushTokensFactsAndGroups()
    {
        OPEN_BACKEND(t);
        const qint64 device = addDevice(t->db(), 3);
        PushTokenRepository tokens(t->db());
        PushToken token;
        token.deviceId = device;
        token.token = QStringLiteral("ab12");
        token.pushMagic = QStringLiteral("magic");
        token.topic = QStringLiteral("com.apple.mgmt.External.x");
        token.updatedAt = kAfter2038;
        QVERIFY(tokens.upsert(token).ok());
        token.token = QStringLiteral("cd34");
        QVERIFY(tokens.upsert(token).ok()); // the same device: updated, not a second row
        QCOMPARE(tokens.find(device)->token, QStringLiteral("cd34"));
        QVERIFY(tokens.setState(device, QStringLiteral("unregistered"), QStringLiteral("410"), kAfter2038 + 1).ok());
        QCOMPARE(tokens.find(device)->state, QStringLiteral("unregistered"));

        DeviceFactRepository facts(t->db());
        QVERIFY(facts.record(device, {{DeviceFact::Encrypted, QStringLiteral("false")}}, 1'700'000'000).ok());
        QVERIFY(facts.record(device, {{DeviceFact::Encrypted, QStringLiteral("true")},
                                      {DeviceFact::Supervised, QStringLiteral("true")}},
                             kAfter2038)
                    .ok());
        const QHash<QString, ReportedFact> reported = facts.facts(device);
        QCOMPARE(reported.size(), 2);
        QCOMPARE(reported.value(DeviceFact::Encrypted).value, QStringLiteral("true"));
        QCOMPARE(reported.value(DeviceFact::Encrypted).reportedAt, kAfter2038);
        // Since when the device runs its OS version: kept while the version stays, moved when it changes.
        QVERIFY(facts.record(device, {{DeviceFact::OsVersion, QStringLiteral("17.4")}}, 1'700'000'000).ok());
        QVERIFY(facts.record(device, {{DeviceFact::OsVersion, QStringLiteral("17.4")}}, 1'700'000'100).ok());
        QCOMPARE(facts.facts(device).value(DeviceFact::OsVersionSince).value, QStringLiteral("1700000000"));
        QVERIFY(facts.record(device, {{DeviceFact::OsVersion, QStringLiteral("17.5")}}, kAfter2038).ok());
        QCOMPARE(facts.facts(device).value(DeviceFact::OsVersionSince).value, QString::number(kAfter2038));

        DeviceGroupRepository groups(t->db());
        DeviceGroup g;
        g.name = QStringLiteral("Ward 3");
        QVERIFY(groups.create(g, 1'700'000'000).ok());
        QVERIFY(g.id > 0);
        int added = -1;
        QVERIFY(groups.addDevices(g.id, {device}, &added).ok());
        QCOMPARE(added, 1);
        QVERIFY(groups.addDevices(g.id, {device}, &added).ok()); // already a member: nothing, no error
        QCOMPARE(added, 0);
        DeviceGroup same;
        same.name = QStringLiteral("Ward 3");
        QCOMPARE(groups.create(same, 1'700'000'000).code(), ErrorCode::Conflict);
    }

    void catalogSessionsAndSnapshots_data() { backends(); }
    void catalogSessionsAndSnapshots()
    {
        OPEN_BACKEND(t);
        const qint64 device = addDevice(t->db(), 4);
        CatalogRepository catalog(t->db());
        CatalogApp app;
        app.name = QStringLiteral("Epic Rover");
        app.platform = CatalogApp::Platform::Apple;
        app.identifier = QStringLiteral("com.epic.rover");
        app.storeId = QStringLiteral("123");
        app.createdAt = app.updatedAt = 1'700'000'000;
        QVERIFY(catalog.insert(app).ok());
        QVERIFY(app.id > 0);
        CatalogApp twice = app;
        QCOMPARE(catalog.insert(twice).code(), ErrorCode::Conflict);
        DeviceGroup g;
        g.name = QStringLiteral("Nurses");
        QVERIFY(DeviceGroupRepository(t->db()).create(g, 1'700'000'000).ok());
        QVERIFY(catalog.assign(app.id, g.id, 1'700'000'000).ok());
        QVERIFY(catalog.assign(app.id, g.id, 1'700'000'001).ok());
        QCOMPARE(catalog.assignedGroups(app.id), QList<qint64>{g.id});
        QCOMPARE(catalog.findByIdentifier(QStringLiteral("com.epic.rover"))->id, app.id);

        DeviceSessionRepository sessions(t->db());
        DeviceSession s1;
        s1.deviceId = device;
        s1.userName = QStringLiteral("nurse.kim");
        s1.source = QStringLiteral("agent");
        s1.startedAt = kAfter2038;
        QVERIFY(sessions.open(s1).ok());
        QVERIFY(s1.id > 0);
        QCOMPARE(sessions.openSession(device)->userName, QStringLiteral("nurse.kim"));
        QVERIFY(sessions.closeOpen(device, kAfter2038 + 60, QStringLiteral("signout")).ok());
        QVERIFY(!sessions.openSession(device));
        QCOMPARE(sessions.at(device, kAfter2038 + 30)->id, s1.id);
        QCOMPARE(sessions.list(device).size(), 1);

        ComplianceSnapshotRepository snapshots(t->db());
        const qint64 day = ComplianceSnapshotRepository::dayOf(kAfter2038);
        QVERIFY(snapshots.recordDay(day, Safeguard::Encryption, SafeguardTally{3, 1, 0}, kAfter2038).ok());
        QVERIFY(snapshots.recordDay(day, Safeguard::Encryption, SafeguardTally{4, 0, 0}, kAfter2038 + 5).ok());
        const QList<ComplianceSnapshot> rows = snapshots.between(day, day);
        QCOMPARE(rows.size(), 1); // the day's row was overwritten
        QCOMPARE(rows.first().tally.compliant, 4);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "test_postgres.moc"
