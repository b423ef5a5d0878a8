// Issue 14 on the command line: groups by platform rule, members, removal, and one bulk action over
// a group (`group run`) through the same engine service as the window, one outcome line per device.
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QTest>

class TestCliGroupRun : public QObject
{
    Q_OBJECT
    TestDatabase *m_tdb = nullptr;

    CliRunner::Result as(const QString &user, const QStringList &args)
    {
        return CliRunner(m_tdb->path()).run(TestAdmin::signInArgs(user) + args, TestAdmin::signInEnv());
    }
    qint64 add(const QString &name, Platform p, Ownership o)
    {
        Device d;
        d.name = name;
        d.serial = name;
        d.platform = p;
        d.ownership = o;
        d.state = EnrollmentState::Enrolled;
        return DeviceRepository(m_tdb->db()).insert(d) ? d.id : 0;
    }
    int audited(const QString &action)
    {
        int n = 0;
        for (const AuditEvent &e : AuditLog(m_tdb->db()).events(0, 10000))
            n += e.action == action ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        m_tdb = new TestDatabase;
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("test-root"), Role::Administrator));
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("tech"), Role::Technician));
    }
    void cleanupTestCase() { delete m_tdb; }

    void groupByPlatformThenLockIt()
    {
        QList<qint64> androids;
        for (int i = 1; i <= 3; ++i)
            androids << add(QStringLiteral("Tab %1").arg(i), Platform::Android, Ownership::COPE);
        const qint64 byod = add(QStringLiteral("Own phone"), Platform::Android, Ownership::BYOD);
        const qint64 ipad = add(QStringLiteral("iPad"), Platform::iPadOS, Ownership::COPE);
        CliRunner::Result r = as(QStringLiteral("tech"), {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("Androids")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("tech"), {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Androids"), QStringLiteral("--platform"), QStringLiteral("android")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 group = DeviceGroupRepository(m_tdb->db()).findByName(QStringLiteral("Androids"))->id;
        QCOMPARE(DeviceGroupRepository(m_tdb->db()).members(group), (QList<qint64>{androids + QList<qint64>{byod}}));
        r = as(QStringLiteral("tech"), {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Androids"), QStringLiteral("--platform"), QStringLiteral("Windows")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = as(QStringLiteral("tech"), {QStringLiteral("group"), QStringLiteral("members"), QStringLiteral("Androids")});
        QVERIFY(r.out.contains(QLatin1String("Own phone")) && !r.out.contains(QLatin1String("iPad")));

        // A selective wipe over the group: the personal phone is refused on its line, the rest queued.
        r = as(QStringLiteral("tech"), {QStringLiteral("group"), QStringLiteral("run"), QStringLiteral("Androids"), QStringLiteral("selective-wipe")});
        QCOMPARE(r.exitCode, int(ErrorCode::Failure));
        QCOMPARE(r.out.count(QLatin1String("queued")), 3);
        QVERIFY2(r.out.contains(QLatin1String("refused: Own phone is a personal (BYOD) device")), qPrintable(r.out));
        QCOMPARE(CommandRepository(m_tdb->db()).list(byod).size(), 0);
        QCOMPARE(CommandRepository(m_tdb->db()).list(ipad).size(), 0);
        QCOMPARE(audited(QStringLiteral("bulk.refused")), 1);

        // Without the phone, a lock reaches every device and the exit code says so.
        r = as(QStringLiteral("tech"), {QStringLiteral("group"), QStringLiteral("remove"), QStringLiteral("Androids"), QStringLiteral("--device"),
                                        QString::number(byod)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(audited(QStringLiteral("group.remove")), 1);
        r = as(QStringLiteral("tech"), {QStringLiteral("group"), QStringLiteral("run"), QStringLiteral("Androids"), QStringLiteral("lock"),
                                        QStringLiteral("--message"), QStringLiteral("Back to the desk")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (qint64 id : androids)
            QCOMPARE(CommandRepository(m_tdb->db()).list(id, QStringLiteral("queued")).size(), 2);
        // A full wipe is never a group action; a technician may not assign policies.
        r = as(QStringLiteral("test-root"), {QStringLiteral("group"), QStringLiteral("run"), QStringLiteral("Androids"), QStringLiteral("full-wipe")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = as(QStringLiteral("tech"), {QStringLiteral("group"), QStringLiteral("run"), QStringLiteral("Androids"), QStringLiteral("assign-policy"),
                                        QStringLiteral("--target"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
    }
};

QTEST_GUILESS_MAIN(TestCliGroupRun)
#include "test_cli_group_run.moc"
