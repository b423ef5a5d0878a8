// `clinicmdm devices lost` on the real executable: each refusal exits with the engine's code
// (BYOD 6, Android 5, unsupervised 8, Technician 6) and is audited; an Administrator queues the four
// commands and `show` prints the state, the last location and a map link.

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "lost/LocationRepository.h"
#include "secrets/SecretStore.h"

#include <QtTest>

class TestCliLostMode : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;

    qint64 add(const QString &serial, Platform platform, Ownership ownership, bool supervised)
    {
        Device d;
        d.name = QStringLiteral("Phone ") + serial;
        d.serial = serial;
        d.platform = platform;
        d.ownership = ownership;
        d.state = EnrollmentState::Enrolled;
        if (!DeviceRepository(m_tdb->db()).insert(d))
            return 0;
        DeviceFactRepository(m_tdb->db()).record(d.id, {{DeviceFact::Supervised, supervised ? QStringLiteral("true") : QStringLiteral("false")}}, 1);
        return d.id;
    }
    CliRunner::Result as(const QString &user, const QStringList &args)
    {
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), m_tdb->dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("lost cli test passphrase"));
        return CliRunner(m_tdb->path()).run(TestAdmin::signInArgs(user) + QStringList{QStringLiteral("devices"), QStringLiteral("lost")} + args, env);
    }
    int refusals(const QString &action, const QString &reason)
    {
        int n = 0;
        for (const AuditEvent &e : AuditLog(m_tdb->db()).events())
            n += e.action == action && e.outcome == QLatin1String("refused") && e.details.contains(QStringLiteral("reason=") + reason);
        return n;
    }

private slots:
    void init()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        m_tdb = new TestDatabase;
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("test-root"), Role::Administrator));
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("tech"), Role::Technician));
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void refusalsExitWithTheEngineCode()
    {
        add(QStringLiteral("BYOD1"), Platform::iOS, Ownership::BYOD, true);
        add(QStringLiteral("DROID1"), Platform::Android, Ownership::COPE, true);
        add(QStringLiteral("UNSUP1"), Platform::iOS, Ownership::COPE, false);
        add(QStringLiteral("GOOD1"), Platform::iOS, Ownership::COPE, true);
        const QStringList enable{QStringLiteral("enable"), QStringLiteral("--message"), QStringLiteral("Return to Ward 3")};

        CliRunner::Result r = as(QStringLiteral("test-root"), QStringList{QStringLiteral("BYOD1")} + enable);
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QVERIFY2(r.err.contains(QLatin1String("personal (BYOD)")), qPrintable(r.err));
        QCOMPARE(refusals(QStringLiteral("lostmode.enable"), QStringLiteral("byod")), 1);
        r = as(QStringLiteral("test-root"), {QStringLiteral("BYOD1"), QStringLiteral("locate")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QCOMPARE(refusals(QStringLiteral("lostmode.locate"), QStringLiteral("byod")), 1);
        r = as(QStringLiteral("test-root"), {QStringLiteral("BYOD1"), QStringLiteral("show")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));

        r = as(QStringLiteral("test-root"), QStringList{QStringLiteral("DROID1")} + enable);
        QCOMPARE(r.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(r.err.contains(QLatin1String("Android")), qPrintable(r.err));
        QCOMPARE(refusals(QStringLiteral("lostmode.enable"), QStringLiteral("android")), 1);

        r = as(QStringLiteral("test-root"), QStringList{QStringLiteral("UNSUP1")} + enable);
        QCOMPARE(r.exitCode, int(ErrorCode::Conflict));
        QVERIFY2(r.err.contains(QLatin1String("supervised")), qPrintable(r.err));
        QCOMPARE(refusals(QStringLiteral("lostmode.enable"), QStringLiteral("unsupervised")), 1);

        r = as(QStringLiteral("tech"), QStringList{QStringLiteral("GOOD1")} + enable);
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QCOMPARE(refusals(QStringLiteral("lostmode.enable"), QStringLiteral("not-permitted")), 1);
        r = as(QStringLiteral("tech"), {QStringLiteral("GOOD1"), QStringLiteral("show")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));

        r = as(QStringLiteral("test-root"), {QStringLiteral("GOOD1"), QStringLiteral("enable")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = as(QStringLiteral("test-root"), {QStringLiteral("GOOD1"), QStringLiteral("dance")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = as(QStringLiteral("test-root"), {QStringLiteral("GOOD1"), QStringLiteral("locate")});
        QCOMPARE(r.exitCode, int(ErrorCode::Conflict)); // not in Lost Mode yet
        r = as(QStringLiteral("test-root"), {QStringLiteral("NOSUCH"), QStringLiteral("locate")});
        QCOMPARE(r.exitCode, int(ErrorCode::NotFound));
        QVERIFY(CommandRepository(m_tdb->db()).list().isEmpty());
    }

    void administratorQueuesAndShows()
    {
        const qint64 id = add(QStringLiteral("GOOD2"), Platform::iPadOS, Ownership::Shared, true);
        CliRunner::Result r = as(QStringLiteral("test-root"), {QStringLiteral("GOOD2"), QStringLiteral("enable"), QStringLiteral("--phone"),
                                                               QStringLiteral("+1 555 0100"), QStringLiteral("--footnote"), QStringLiteral("Reward")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("EnableLostMode")));
        QList<DeviceCommand> queued = CommandRepository(m_tdb->db()).list(id);
        QCOMPARE(queued.size(), 1);
        QVERIFY(queued.first().payload.contains("+1 555 0100"));
        QVERIFY(!queued.first().payload.contains("Message"));

        r = as(QStringLiteral("test-root"), {QStringLiteral("GOOD2"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Lost Mode:     off")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("none received")), qPrintable(r.out));

        // The device acknowledged and answered a location (as the endpoint stores them).
        QVERIFY(DeviceFactRepository(m_tdb->db()).record(id, {{DeviceFact::LostMode, QStringLiteral("true")}}, 1000));
        DeviceLocation l;
        l.deviceId = id;
        l.latitude = -33.856784;
        l.longitude = 151.215297;
        l.horizontalAccuracy = 12;
        l.locatedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC).toSecsSinceEpoch();
        l.receivedAt = l.locatedAt + 5;
        QVERIFY(LocationRepository(m_tdb->db()).record(l));
        for (const char *action : {"locate", "sound", "disable"}) {
            r = as(QStringLiteral("test-root"), {QString::number(id), QLatin1String(action)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(CommandRepository(m_tdb->db()).list(id).size(), 4);
        QCOMPARE(CommandRepository(m_tdb->db()).list(id).first().requestType, QStringLiteral("DisableLostMode"));
        r = as(QStringLiteral("test-root"), {QStringLiteral("GOOD2"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Lost Mode:     on")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("-33.856784, 151.215297")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("12 m")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("2026-11-28 09:30:00 UTC")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("https://www.openstreetmap.org/?mlat=-33.856784&mlon=151.215297")), qPrintable(r.out));
        int audited = 0;
        for (const AuditEvent &e : AuditLog(m_tdb->db()).events())
            audited += e.action.startsWith(QLatin1String("lostmode.")) && e.outcome == QLatin1String("success");
        QCOMPARE(audited, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliLostMode)
#include "test_cli_lost_mode.moc"
