// `clinicmdm devices expect-reenroll ID|SERIAL [--hours N]`: Administrators only (exit 6 otherwise,
// audited), only for a device that was enrolled before (exit 5), hours 1..168 (exit 2), unknown
// device exit 4; success stores the expectation until the asked time and audits who and until when.
#include "android/AndroidAgentRepository.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "fleet/DeviceRepository.h"
#include "secrets/SecretStore.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestCliReenroll : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    QHash<QString, QString> m_env;
    qint64 m_enrolled = 0, m_inventory = 0;

    Database &db() { return m_tdb->db(); }

    qint64 addDevice(const QString &serial)
    {
        Device d;
        d.name = QStringLiteral("Tablet ") + serial;
        d.serial = serial;
        d.platform = Platform::Android;
        d.ownership = Ownership::Shared;
        return DeviceRepository(db()).insert(d) ? d.id : 0;
    }
    CliRunner::Result run(const QString &user, const QStringList &args)
    {
        return CliRunner(m_tdb->path()).run(TestAdmin::signInArgs(user) + QStringList{QStringLiteral("devices"), QStringLiteral("expect-reenroll")} + args,
                                            m_env);
    }
    int expectations()
    {
        QSqlQuery q(db().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM reenrollment_expectations")) && q.next() ? q.value(0).toInt() : -1;
    }
    int audited(const QString &action)
    {
        AuditQuery q;
        q.action = action;
        return AuditLog(db()).count(q);
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm"); }

    void init()
    {
        m_tdb = new TestDatabase;
        QVERIFY(TestAdmin::create(db(), QStringLiteral("test-root"), Role::Administrator));
        QVERIFY(TestAdmin::create(db(), QStringLiteral("tech"), Role::Technician));
        QVERIFY(TestAdmin::create(db(), QStringLiteral("audrey"), Role::Auditor));
        m_env = TestAdmin::signInEnv();
        m_env.insert(QLatin1String(SecretStore::FileEnv), m_tdb->dir() + QStringLiteral("/secrets.bin"));
        m_env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("reenroll test passphrase"));
        m_enrolled = addDevice(QStringLiteral("R52ENROLLED"));
        m_inventory = addDevice(QStringLiteral("R52FROMCSV"));
        AndroidAgent agent;
        agent.deviceId = m_enrolled;
        agent.certSha256 = QString(64, QLatin1Char('c'));
        agent.certNotAfter = QDateTime::currentSecsSinceEpoch() + 86400;
        agent.managementMode = QStringLiteral("device_owner");
        agent.enrolledAt = QDateTime::currentSecsSinceEpoch();
        QVERIFY(AndroidAgentRepository(db()).upsert(agent).ok());
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void helpNamesTheVerb()
    {
        const CliRunner::Result r = CliRunner(m_tdb->path()).run({QStringLiteral("devices"), QStringLiteral("expect-reenroll"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("devices expect-reenroll ID|SERIAL [--hours N]")), qPrintable(r.out));
    }

    void administratorExpectsAReenrollment()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const CliRunner::Result r = run(QStringLiteral("test-root"), {QStringLiteral("R52ENROLLED"), QStringLiteral("--hours"), QStringLiteral("4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("may enroll again until")), qPrintable(r.out));
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT device_id, created_by, expires_at, consumed_at FROM reenrollment_expectations")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), m_enrolled);
        QCOMPARE(q.value(1).toString(), QStringLiteral("test-root"));
        QVERIFY(q.value(2).toLongLong() >= before + 4 * 3600 && q.value(2).toLongLong() <= QDateTime::currentSecsSinceEpoch() + 4 * 3600);
        QVERIFY(q.value(3).isNull());
        q.finish(); // ends the read, so the next count sees the next run's row
        QCOMPARE(audited(QStringLiteral("device.expect_reenrollment")), 1);
        // By id, with the default of 24 hours.
        QCOMPARE(run(QStringLiteral("test-root"), {QString::number(m_enrolled)}).exitCode, 0);
        QCOMPARE(expectations(), 2);
    }

    void refusals()
    {
        // Neither a Technician nor an Auditor: exit 6, audited, nothing stored.
        for (const QString &user : {QStringLiteral("tech"), QStringLiteral("audrey")}) {
            const CliRunner::Result r = run(user, {QStringLiteral("R52ENROLLED")});
            QVERIFY2(r.exitCode == 6, qPrintable(user + QLatin1String(": ") + r.err));
        }
        QCOMPARE(audited(QStringLiteral("access.denied")), 2);
        // A device that was never enrolled needs no expectation: exit 5, audited.
        CliRunner::Result r = run(QStringLiteral("test-root"), {QStringLiteral("R52FROMCSV")});
        QVERIFY2(r.exitCode == 5 && r.err.contains(QLatin1String("never issued")), qPrintable(r.err));
        QCOMPARE(audited(QStringLiteral("device.expect_reenrollment")), 1);
        // Bad hours and unknown devices.
        for (const QString &hours : {QStringLiteral("0"), QStringLiteral("169"), QStringLiteral("two")})
            QCOMPARE(run(QStringLiteral("test-root"), {QStringLiteral("R52ENROLLED"), QStringLiteral("--hours"), hours}).exitCode, 2);
        QCOMPARE(run(QStringLiteral("test-root"), {}).exitCode, 2);
        QCOMPARE(run(QStringLiteral("test-root"), {QStringLiteral("NOSUCHSERIAL")}).exitCode, 4);
        QCOMPARE(expectations(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReenroll)
#include "test_cli_reenroll.moc"
