// Shared clinical tablets: sessions from reported sign-ins and sign-outs answer "who held tablet X
// at 14:05", in the engine, the audit trail and on the command line; "reset for next patient"
// ends the session and clears the patient apps.
#include "audit/AuditLog.h"
#include "catalog/AppCatalogService.h"
#include "catalog/ClinicalAppTemplates.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceRepository.h"
#include "secrets/SecretStore.h"
#include "shared/DeviceSessionRepository.h"
#include "shared/SharedSessionService.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
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

qint64 t(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch(); }

int auditCount(Database &db, const QString &action, qint64 deviceId)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events(0, 100000))
        n += e.action == action && e.deviceId && *e.deviceId == deviceId ? 1 : 0;
    return n;
}
} // namespace

class TestSharedSessions : public QObject
{
    Q_OBJECT
private slots:
    void sessionsAnswerWhoHeldTheTablet()
    {
        TestDatabase tdb;
        const qint64 tablet = addDevice(tdb.db(), QStringLiteral("Nurses station 2"), Platform::Android, Ownership::Shared);
        SharedSessionService service(tdb.db());
        QVERIFY(service.signIn(tablet, QStringLiteral("rn.garcia"), t("2026-11-24T13:00:00Z"), QStringLiteral("agent")).ok());
        QVERIFY(service.signOut(tablet, QStringLiteral("rn.garcia"), t("2026-11-24T13:55:00Z"), QStringLiteral("signout")).ok());
        QVERIFY(service.signIn(tablet, QStringLiteral("rn.okafor"), t("2026-11-24T14:01:00Z"), QStringLiteral("agent")).ok());
        // A new sign-in without a sign-out supersedes the open session.
        QVERIFY(service.signIn(tablet, QStringLiteral("dr.patel"), t("2026-11-24T14:30:00Z"), QStringLiteral("agent")).ok());

        QCOMPARE(service.whoHeld(tablet, t("2026-11-24T14:05:00Z"))->userName, QStringLiteral("rn.okafor"));
        QCOMPARE(service.whoHeld(tablet, t("2026-11-24T13:30:00Z"))->userName, QStringLiteral("rn.garcia"));
        QVERIFY(!service.whoHeld(tablet, t("2026-11-24T13:58:00Z"))); // between two sessions: nobody
        QCOMPARE(service.whoHeld(tablet, t("2026-11-24T18:00:00Z"))->userName, QStringLiteral("dr.patel")); // still signed in
        const QList<DeviceSession> all = DeviceSessionRepository(tdb.db()).list(tablet);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[1].userName, QStringLiteral("rn.okafor"));
        QCOMPARE(all[1].endReason, QStringLiteral("superseded"));
        QCOMPARE(all[1].endedAt, t("2026-11-24T14:30:00Z"));
        QCOMPARE(auditCount(tdb.db(), QStringLiteral("session.signin"), tablet), 3);
        QCOMPARE(auditCount(tdb.db(), QStringLiteral("session.signout"), tablet), 2);

        // Bad reports change nothing: not signed in, not a shared device, no user name, bad reason.
        QCOMPARE(service.signOut(tablet, QStringLiteral("rn.garcia"), t("2026-11-24T19:00:00Z"), QStringLiteral("signout")).code(),
                 ErrorCode::Conflict);
        const qint64 office = addDevice(tdb.db(), QStringLiteral("Office iPad"), Platform::iPadOS, Ownership::COPE);
        QCOMPARE(service.signIn(office, QStringLiteral("rn.garcia"), 1, QStringLiteral("apple")).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.signIn(tablet, QStringLiteral("  "), 1, QStringLiteral("agent")).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.signIn(tablet, QStringLiteral("a\nb"), 1, QStringLiteral("agent")).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.signOut(tablet, QStringLiteral("dr.patel"), 1, QStringLiteral("stolen")).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.signIn(9999, QStringLiteral("x"), 1, QStringLiteral("agent")).code(), ErrorCode::NotFound);
        QCOMPARE(DeviceSessionRepository(tdb.db()).list(tablet).size(), 3);
        QCOMPARE(DeviceSessionRepository(tdb.db()).openSession(tablet)->userName, QStringLiteral("dr.patel"));
    }

    void resetForNextPatientClearsThePatientApps()
    {
        TestDatabase tdb;
        const qint64 android = addDevice(tdb.db(), QStringLiteral("Bay 4 tablet"), Platform::Android, Ownership::Shared);
        const qint64 ipad = addDevice(tdb.db(), QStringLiteral("Bay 5 iPad"), Platform::iPadOS, Ownership::Shared);
        const qint64 office = addDevice(tdb.db(), QStringLiteral("Office phone"), Platform::iOS, Ownership::COPE);
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO device_groups (name, created_at) VALUES ('Patient bays', 1)")));
        const qint64 group = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO group_members (group_id, device_id) VALUES (%1, %2), (%1, %3)")
                           .arg(group).arg(android).arg(ipad)));
        const AdminSession root(&tdb.db(), 1, QStringLiteral("root"), Role::Administrator, true);
        AppCatalogService catalog(tdb.db());
        CatalogApp apple;
        apple.name = QStringLiteral("Patient education");
        apple.identifier = QStringLiteral("org.example.education");
        apple.storeId = QStringLiteral("42");
        CatalogApp droid = apple;
        droid.platform = CatalogApp::Platform::Android;
        droid.identifier = QStringLiteral("org.example.education.android");
        QVERIFY(catalog.add(root, apple).ok());
        QVERIFY(catalog.add(root, droid).ok());
        QVERIFY(catalog.assignToGroup(root, apple.id, QStringLiteral("Patient bays")).ok());
        QVERIFY(catalog.assignToGroup(root, droid.id, QStringLiteral("Patient bays")).ok());

        SharedSessionService service(tdb.db());
        QVERIFY(service.signIn(android, QStringLiteral("rn.garcia"), 100, QStringLiteral("agent")).ok());
        const AdminSession tech(&tdb.db(), 2, QStringLiteral("tech"), Role::Technician, true);
        SharedSessionService::ResetOutcome outcome;
        QVERIFY(service.resetForNextPatient(tech, android, outcome).ok());
        QCOMPARE(outcome.commandsQueued, 1);
        QCOMPARE(outcome.endedSession->userName, QStringLiteral("rn.garcia"));
        const DeviceCommand clear = CommandRepository(tdb.db()).list(android).first();
        QCOMPARE(clear.requestType, QStringLiteral("CLEAR_APP_DATA"));
        QCOMPARE(QJsonDocument::fromJson(clear.payload).object().value(QStringLiteral("packageName")).toString(), droid.identifier);
        QVERIFY(!DeviceSessionRepository(tdb.db()).openSession(android));
        QCOMPARE(DeviceSessionRepository(tdb.db()).list(android).first().endReason, QStringLiteral("reset"));
        QCOMPARE(auditCount(tdb.db(), QStringLiteral("device.reset"), android), 1);

        outcome = {};
        QVERIFY(service.resetForNextPatient(tech, ipad, outcome).ok());
        QStringList types;
        for (const DeviceCommand &c : CommandRepository(tdb.db()).list(ipad))
            types << c.requestType;
        types.sort();
        QCOMPARE(types, (QStringList{QStringLiteral("InstallApplication"), QStringLiteral("RemoveApplication")}));

        const AdminSession auditor(&tdb.db(), 3, QStringLiteral("aud"), Role::Auditor, true);
        QCOMPARE(service.resetForNextPatient(auditor, android, outcome).code(), ErrorCode::PermissionDenied);
        QCOMPARE(service.resetForNextPatient(tech, office, outcome).code(), ErrorCode::InvalidInput);
        QVERIFY(CommandRepository(tdb.db()).list(office).isEmpty());
    }

    void commandLineAnswersWhoHeldItAt()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("tech"), Role::Technician));
        const qint64 tablet = addDevice(tdb.db(), QStringLiteral("Nurses station 2"), Platform::Android, Ownership::Shared);
        SharedSessionService service(tdb.db());
        QVERIFY(service.signIn(tablet, QStringLiteral("rn.okafor"), t("2026-11-24T14:01:00Z"), QStringLiteral("agent")).ok());
        QVERIFY(service.signOut(tablet, QStringLiteral("rn.okafor"), t("2026-11-24T14:40:00Z"), QStringLiteral("timeout")).ok());
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), tdb.dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("sessions test passphrase"));
        CliRunner::Result r = CliRunner(tdb.path()).run(
            TestAdmin::signInArgs(QStringLiteral("tech")) + QStringList{QStringLiteral("devices"), QStringLiteral("sessions"),
                                                                       QStringLiteral("NURSESSTATION2"), QStringLiteral("--at"),
                                                                       QStringLiteral("2026-11-24T14:05:00Z"), QStringLiteral("--json")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray held = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held[0].toObject().value(QStringLiteral("user")).toString(), QStringLiteral("rn.okafor"));
        QCOMPARE(held[0].toObject().value(QStringLiteral("end_reason")).toString(), QStringLiteral("timeout"));
        r = CliRunner(tdb.path()).run(TestAdmin::signInArgs(QStringLiteral("tech")) +
                                          QStringList{QStringLiteral("devices"), QStringLiteral("sessions"),
                                                      QString::number(tablet), QStringLiteral("--at"),
                                                      QStringLiteral("2026-11-24T15:00:00Z")},
                                      env);
        QCOMPARE(r.exitCode, int(ErrorCode::NotFound));
        QVERIFY(r.out.contains(QLatin1String("Nobody was signed in")));
        r = CliRunner(tdb.path()).run(TestAdmin::signInArgs(QStringLiteral("tech")) +
                                          QStringList{QStringLiteral("devices"), QStringLiteral("reset"), QString::number(tablet)},
                                      env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("reset for the next patient")));
    }
};

QTEST_MAIN(TestSharedSessions)
#include "test_shared_sessions.moc"
