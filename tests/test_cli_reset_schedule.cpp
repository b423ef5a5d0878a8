// The command line of shared tablets: `devices reset-schedule list|set|remove` and `devices signout`.
#include "commands/CommandRepository.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "secrets/SecretStore.h"
#include "shared/ResetScheduleRepository.h"
#include "shared/SharedSessionService.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
qint64 addDevice(Database &db, const QString &name, Platform platform, Ownership ownership)
{
    Device d;
    d.name = name;
    d.serial = name.toUpper().remove(QLatin1Char(' '));
    d.platform = platform;
    d.ownership = ownership;
    d.state = EnrollmentState::Enrolled;
    return DeviceRepository(db).insert(d) ? d.id : 0;
}
} // namespace

class TestCliResetSchedule : public QObject
{
    Q_OBJECT
private slots:
    void schedulesAndSignOut()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("root"), Role::Administrator));
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("tech"), Role::Technician));
        const qint64 tablet = addDevice(tdb.db(), QStringLiteral("Bay 1 tablet"), Platform::Android, Ownership::Shared);
        const qint64 ipad = addDevice(tdb.db(), QStringLiteral("Bay 2 iPad"), Platform::iPadOS, Ownership::Shared);
        DeviceGroup g;
        g.name = QStringLiteral("Night ward");
        QVERIFY(DeviceGroupRepository(tdb.db()).create(g, 1).ok());
        QVERIFY(DeviceGroupRepository(tdb.db()).addDevices(g.id, {tablet}).ok());
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), tdb.dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("reset schedule test passphrase"));
        const CliRunner cli(tdb.path());
        auto as = [&](const char *user, const QStringList &args) {
            return cli.run(TestAdmin::signInArgs(QString::fromLatin1(user)) + QStringList{QStringLiteral("devices")} + args, env);
        };
        const QString set = QStringLiteral("reset-schedule");

        CliRunner::Result r = as("root", {set, QStringLiteral("set"), QStringLiteral("BAY1TABLET"), QStringLiteral("--at"),
                                          QStringLiteral("07:00"), QStringLiteral("--days"), QStringLiteral("mon,wed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("added")));
        r = as("root", {set, QStringLiteral("set"), QStringLiteral("--group"), QStringLiteral("Night ward"), QStringLiteral("--at"),
                        QStringLiteral("19:30"), QStringLiteral("--days"), QStringLiteral("weekdays")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Refusals: a technician, a bad time, bad days, no target, a device that is not shared.
        r = as("tech", {set, QStringLiteral("set"), QStringLiteral("BAY1TABLET"), QStringLiteral("--at"), QStringLiteral("08:00")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        r = as("root", {set, QStringLiteral("set"), QStringLiteral("BAY1TABLET"), QStringLiteral("--at"), QStringLiteral("7am")});
        QCOMPARE(r.exitCode, int(ErrorCode::InvalidInput));
        r = as("root", {set, QStringLiteral("set"), QStringLiteral("BAY1TABLET"), QStringLiteral("--at"), QStringLiteral("07:00"),
                        QStringLiteral("--days"), QStringLiteral("funday")});
        QCOMPARE(r.exitCode, int(ErrorCode::InvalidInput));
        r = as("root", {set, QStringLiteral("set"), QStringLiteral("--at"), QStringLiteral("07:00")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = as("root", {set, QStringLiteral("set"), QStringLiteral("NOSUCH"), QStringLiteral("--at"), QStringLiteral("07:00")});
        QCOMPARE(r.exitCode, int(ErrorCode::NotFound));
        QCOMPARE(ResetScheduleRepository(tdb.db()).list().size(), 2);

        r = as("tech", {set, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 2);
        QJsonObject own;
        for (const QJsonValue &v : listed)
            if (v.toObject().value(QStringLiteral("target")).toString() == QLatin1String("device"))
                own = v.toObject();
        QCOMPARE(own.value(QStringLiteral("days")).toString(), QStringLiteral("mon,wed"));
        QCOMPARE(own.value(QStringLiteral("at")).toString(), QStringLiteral("07:00"));
        QCOMPARE(own.value(QStringLiteral("created_by")).toString(), QStringLiteral("root"));
        r = as("tech", {set, QStringLiteral("list")});
        QVERIFY(r.out.contains(QLatin1String("Night ward")));

        const QString id = QString::number(own.value(QStringLiteral("id")).toInteger());
        QCOMPARE(as("root", {set, QStringLiteral("remove"), id}).exitCode, 0);
        QCOMPARE(as("root", {set, QStringLiteral("remove"), id}).exitCode, int(ErrorCode::NotFound));
        QCOMPARE(ResetScheduleRepository(tdb.db()).list().size(), 1);

        // Sign out: a Shared iPad gets LogOutUser; an Android tablet is refused (it signs out itself).
        SharedSessionService sessions(tdb.db());
        QVERIFY(sessions.signIn(ipad, QStringLiteral("rn.garcia"), 1795000000, QStringLiteral("apple")).ok());
        QVERIFY(sessions.signIn(tablet, QStringLiteral("rn.okafor"), 1795000000, QStringLiteral("agent")).ok());
        r = as("tech", {QStringLiteral("signout"), QStringLiteral("BAY2IPAD"), QStringLiteral("--user"), QStringLiteral("rn.okafor")});
        QCOMPARE(r.exitCode, int(ErrorCode::Conflict));
        r = as("tech", {QStringLiteral("signout"), QStringLiteral("BAY2IPAD"), QStringLiteral("--user"), QStringLiteral("rn.garcia")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(CommandRepository(tdb.db()).list(ipad).value(0).requestType, QStringLiteral("LogOutUser"));
        r = as("tech", {QStringLiteral("signout"), QStringLiteral("BAY1TABLET")});
        QCOMPARE(r.exitCode, int(ErrorCode::InvalidInput));
    }
};

QTEST_MAIN(TestCliResetSchedule)
#include "test_cli_reset_schedule.moc"
