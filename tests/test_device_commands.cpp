#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "commands/DeviceCommandService.h"
#include "db/Database.h"
#include "fleet/DeviceRepository.h"
#include "security/AdminSession.h"

#include "TestDatabase.h"

#include <QTest>
#include <QUuid>

// The engine's wipe-safety rules (issues 3 and 8): roles, BYOD, typed name, re-authentication,
// cancellation while queued, and that each outcome is audited and survives a restart.
class TestDeviceCommands : public QObject
{
    Q_OBJECT

private:
    static qint64 addDevice(Database &db, const QString &name, Platform platform, Ownership ownership)
    {
        Device d;
        d.name = name;
        d.serial = name + QStringLiteral("-SN");
        d.platform = platform;
        d.ownership = ownership;
        d.model = QStringLiteral("Test model");
        [&] { QVERIFY(DeviceRepository(db).insert(d).ok()); }();
        return d.id;
    }
    static AdminSession session(Database &db, qint64 id, Role role)
    {
        return AdminSession(&db, id, QStringLiteral("admin%1").arg(id), role, true);
    }
    static SignInResult reauthFor(const AdminSession &s)
    {
        SignInResult r;
        r.session = s;
        return r;
    }
    static int countActions(Database &db, const QString &action, qint64 deviceId = 0)
    {
        int n = 0;
        for (const AuditEvent &e : AuditLog(db).events(0, 100000))
            if (e.action == action && (deviceId == 0 || e.deviceId.value_or(0) == deviceId))
                ++n;
        return n;
    }

private slots:
    void technicianIsRefusedFullWipe()
    {
        TestDatabase t;
        const qint64 id = addDevice(t.db(), QStringLiteral("Ward-iPad-1"), Platform::iPadOS, Ownership::COPE);
        const AdminSession tech = session(t.db(), 2, Role::Technician);
        DeviceCommandService service(t.db());
        const Status s = service.fullWipe(tech, id, QStringLiteral("Ward-iPad-1"), reauthFor(tech));
        QCOMPARE(s.code(), ErrorCode::PermissionDenied);
        QCOMPARE(countActions(t.db(), QStringLiteral("access.denied")), 1);
        QVERIFY(CommandRepository(t.db()).list().isEmpty());
    }

    void administratorNeedsFreshReauthentication()
    {
        TestDatabase t;
        const qint64 id = addDevice(t.db(), QStringLiteral("Ward-iPad-1"), Platform::iPadOS, Ownership::COPE);
        AdminSession admin = session(t.db(), 1, Role::Administrator);
        DeviceCommandService service(t.db());
        // No re-authentication result at all.
        QCOMPARE(service.fullWipe(admin, id, QStringLiteral("Ward-iPad-1"), SignInResult{}).code(),
                 ErrorCode::AuthenticationFailed);
        // A re-authentication that failed.
        SignInResult failed = reauthFor(admin);
        failed.status = Status::failure(ErrorCode::AuthenticationFailed, QStringLiteral("wrong code"));
        QCOMPARE(service.fullWipe(admin, id, QStringLiteral("Ward-iPad-1"), failed).code(), ErrorCode::AuthenticationFailed);
        // Another admin's re-authentication does not count.
        QCOMPARE(service.fullWipe(admin, id, QStringLiteral("Ward-iPad-1"), reauthFor(session(t.db(), 7, Role::Administrator)))
                     .code(),
                 ErrorCode::AuthenticationFailed);
        // A sign-in older than the re-authentication window.
        admin.setAuthenticatedAt(QDateTime::currentSecsSinceEpoch() - AdminSession::kReauthWindowSeconds - 60);
        QCOMPARE(service.fullWipe(admin, id, QStringLiteral("Ward-iPad-1"), reauthFor(admin)).code(),
                 ErrorCode::AuthenticationFailed);
        QVERIFY(CommandRepository(t.db()).list().isEmpty());
        QCOMPARE(countActions(t.db(), QStringLiteral("wipe.refused"), id), 3);
    }

    void wrongConfirmNameIsRefused()
    {
        TestDatabase t;
        const qint64 id = addDevice(t.db(), QStringLiteral("Ward-iPad-1"), Platform::iPadOS, Ownership::COPE);
        const AdminSession admin = session(t.db(), 1, Role::Administrator);
        DeviceCommandService service(t.db());
        QCOMPARE(service.fullWipe(admin, id, QStringLiteral("Ward-iPad-2"), reauthFor(admin)).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.fullWipe(admin, id, QString(), reauthFor(admin)).code(), ErrorCode::InvalidInput);
        QVERIFY(CommandRepository(t.db()).list().isEmpty());
        QCOMPARE(countActions(t.db(), QStringLiteral("wipe.refused"), id), 2);

        DeviceCommand queued;
        QVERIFY(service.fullWipe(admin, id, QStringLiteral("Ward-iPad-1"), reauthFor(admin), &queued).ok());
        QCOMPARE(queued.requestType, QStringLiteral("EraseDevice"));
        QCOMPARE(queued.status, QStringLiteral("queued"));
        QCOMPARE(countActions(t.db(), QStringLiteral("command.queue"), id), 1);
    }

    void byodFullWipeIsRefusedForEveryone()
    {
        TestDatabase t;
        const qint64 id = addDevice(t.db(), QStringLiteral("Dr-Lee-Pixel"), Platform::Android, Ownership::BYOD);
        DeviceCommandService service(t.db());
        for (Role role : {Role::Administrator, Role::Technician, Role::Auditor}) {
            const AdminSession s = session(t.db(), 1, role);
            const Status st = service.fullWipe(s, id, QStringLiteral("Dr-Lee-Pixel"), reauthFor(s));
            QCOMPARE(st.code(), ErrorCode::PermissionDenied);
            QVERIFY2(st.message().contains(QStringLiteral("selective")), qPrintable(st.message()));
        }
        QVERIFY(CommandRepository(t.db()).list().isEmpty());
        QCOMPARE(countActions(t.db(), QStringLiteral("wipe.refused"), id), 3);
    }

    void technicianQueuesSelectiveWipeOfByodAndLock()
    {
        TestDatabase t;
        const qint64 android = addDevice(t.db(), QStringLiteral("Dr-Lee-Pixel"), Platform::Android, Ownership::BYOD);
        const qint64 ios = addDevice(t.db(), QStringLiteral("Nurse-iPhone"), Platform::iOS, Ownership::COPE);
        const AdminSession tech = session(t.db(), 2, Role::Technician);
        DeviceCommandService service(t.db());
        DeviceCommand wipe, lockAndroid, lockIos;
        QVERIFY(service.selectiveWipe(tech, android, &wipe).ok());
        QCOMPARE(wipe.requestType, QStringLiteral("REMOVE_WORK_PROFILE"));
        QVERIFY(service.lock(tech, android, QStringLiteral("Lost: call IT"), QStringLiteral("+1 555 0100"), &lockAndroid).ok());
        QCOMPARE(lockAndroid.requestType, QStringLiteral("LOCK"));
        QVERIFY(service.lock(tech, ios, {}, {}, &lockIos).ok());
        QCOMPARE(lockIos.requestType, QStringLiteral("DeviceLock"));
        const std::optional<DeviceCommand> stored = CommandRepository(t.db()).findByUuid(lockAndroid.uuid);
        QVERIFY(stored);
        QVERIFY(stored->payload.contains("+1 555 0100"));
        QCOMPARE(stored->queuedBy, tech.username());
        QCOMPARE(CommandRepository(t.db()).list(android).size(), 2);
        QCOMPARE(CommandRepository(t.db()).list(0, QStringLiteral("queued")).size(), 3);
        // An Auditor changes nothing.
        QCOMPARE(service.lock(session(t.db(), 3, Role::Auditor), ios, {}, {}).code(), ErrorCode::PermissionDenied);
        QCOMPARE(CommandRepository(t.db()).list().size(), 3);
        // Unknown device.
        QCOMPARE(service.lock(tech, 9999, {}, {}).code(), ErrorCode::NotFound);
    }

    void cancelOnlyWhileQueued()
    {
        TestDatabase t;
        const qint64 id = addDevice(t.db(), QStringLiteral("Ward-iPad-1"), Platform::iPadOS, Ownership::COPE);
        const AdminSession admin = session(t.db(), 1, Role::Administrator);
        DeviceCommandService service(t.db());
        DeviceCommand first, second;
        QVERIFY(service.fullWipe(admin, id, QStringLiteral("Ward-iPad-1"), reauthFor(admin), &first).ok());
        QVERIFY(service.lock(admin, id, {}, {}, &second).ok());
        QVERIFY(service.cancel(admin, first.uuid).ok());
        QCOMPARE(CommandRepository(t.db()).findByUuid(first.uuid)->status, QStringLiteral("cancelled"));
        QCOMPARE(service.cancel(admin, first.uuid).code(), ErrorCode::Conflict);

        QVERIFY(CommandRepository(t.db()).setStatus(second.uuid, QStringLiteral("sent"), 1000).ok());
        QCOMPARE(service.cancel(admin, second.uuid).code(), ErrorCode::Conflict);
        QCOMPARE(CommandRepository(t.db()).findByUuid(second.uuid)->status, QStringLiteral("sent"));
        QCOMPARE(service.cancel(admin, QStringLiteral("NO-SUCH-UUID")).code(), ErrorCode::NotFound);
        QCOMPARE(countActions(t.db(), QStringLiteral("command.cancel"), id), 3); // one success, two refusals
        QCOMPARE(service.cancel(session(t.db(), 3, Role::Auditor), second.uuid).code(), ErrorCode::PermissionDenied);
    }

    void queuedCommandSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.sqlite"));
        QString uuid;
        qint64 id = 0;
        {
            Database db;
            QVERIFY(db.openSqlite(path).ok());
            id = addDevice(db, QStringLiteral("Ward-iPad-1"), Platform::iPadOS, Ownership::COPE);
            const AdminSession admin = session(db, 1, Role::Administrator);
            DeviceCommand c;
            QVERIFY(DeviceCommandService(db).fullWipe(admin, id, QStringLiteral("Ward-iPad-1"), reauthFor(admin), &c).ok());
            uuid = c.uuid;
        }
        Database db;
        QVERIFY(db.openSqlite(path).ok());
        const std::optional<DeviceCommand> c = CommandRepository(db).findByUuid(uuid);
        QVERIFY(c);
        QCOMPARE(c->status, QStringLiteral("queued"));
        QCOMPARE(c->deviceId, id);
        QCOMPARE(c->requestType, QStringLiteral("EraseDevice"));
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(QUuid::fromString(uuid).isNull(), false);
    }
};

QTEST_GUILESS_MAIN(TestDeviceCommands)
#include "test_device_commands.moc"
