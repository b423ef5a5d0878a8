#include "audit/AuditLog.h"
#include "settings/SettingsRepository.h"
#include "settings/SettingsService.h"

#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QTest>

namespace {
QList<AuditEvent> eventsNamed(Database &db, const QString &action)
{
    QList<AuditEvent> out;
    for (const AuditEvent &e : AuditLog(db).events())
        if (e.action == action)
            out.append(e);
    return out;
}

AdminSession sessionOf(Database &db, qint64 id, const QString &name, Role role)
{
    return AdminSession(&db, id, name, role, true);
}
} // namespace

class TestSettingsService : public QObject
{
    Q_OBJECT
private slots:
    void administratorChangeIsSavedAndAuditedWithOldAndNew()
    {
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
        const AdminSession root = sessionOf(tdb.db(), 1, QStringLiteral("test-root"), Role::Administrator);
        SettingsService service(tdb.db());
        QVERIFY(service.change(root, {{Setting::IdleLockMinutes, 5}, {Setting::ClinicName, QStringLiteral("  North  Clinic ")}}));
        QCOMPARE(SettingsRepository(tdb.db()).intValue(Setting::IdleLockMinutes), 5);
        QCOMPARE(SettingsRepository(tdb.db()).stringValue(Setting::ClinicName), QStringLiteral("North Clinic"));
        const QList<AuditEvent> changes = eventsNamed(tdb.db(), QStringLiteral("settings.change"));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].actor, QStringLiteral("test-root"));
        QCOMPARE(changes[0].details, QStringLiteral("key=security/idleLockMinutes old=10 new=5"));
        QCOMPARE(changes[1].details, QStringLiteral("key=clinic/name old=\"My Clinic\" new=\"North Clinic\""));

        // Saving the same value again changes nothing and adds no entry.
        QVERIFY(service.change(root, Setting::IdleLockMinutes, 5));
        QCOMPARE(eventsNamed(tdb.db(), QStringLiteral("settings.change")).size(), 2);
    }

    void technicianIsRefusedAndTheRefusalAudited()
    {
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("tina"), Role::Technician));
        const AdminSession tina = sessionOf(tdb.db(), 2, QStringLiteral("tina"), Role::Technician);
        const Status s = SettingsService(tdb.db()).change(tina, Setting::IdleLockMinutes, 0);
        QCOMPARE(s.code(), ErrorCode::PermissionDenied);
        QCOMPARE(SettingsRepository(tdb.db()).intValue(Setting::IdleLockMinutes), 10);
        const QList<AuditEvent> denied = eventsNamed(tdb.db(), QStringLiteral("access.denied"));
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied[0].actor, QStringLiteral("tina"));
        QVERIFY(denied[0].details.contains(QLatin1String("ManageSettings")));
        QVERIFY(eventsNamed(tdb.db(), QStringLiteral("settings.change")).isEmpty());
        // An Auditor only reads.
        const AdminSession ann = sessionOf(tdb.db(), 3, QStringLiteral("ann"), Role::Auditor);
        QCOMPARE(SettingsService(tdb.db()).change(ann, Setting::ClinicName, QStringLiteral("x")).code(),
                 ErrorCode::PermissionDenied);
        // No session at all.
        QCOMPARE(SettingsService(tdb.db()).change(AdminSession(), Setting::ClinicName, QStringLiteral("x")).code(),
                 ErrorCode::PermissionDenied);
    }

    void badValuesChangeNothing()
    {
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
        const AdminSession root = sessionOf(tdb.db(), 1, QStringLiteral("test-root"), Role::Administrator);
        SettingsService service(tdb.db());
        // The valid first value is not written either.
        QCOMPARE(service.change(root, {{Setting::ClinicName, QStringLiteral("Ok")}, {Setting::IdleLockMinutes, -1}}).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(service.change(root, Setting::IdleLockMinutes, QStringLiteral("ten")).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.change(root, Setting::IdleLockMinutes, SettingsService::kMaxIdleLockMinutes + 1).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(service.change(root, Setting::ClinicName, QStringLiteral("   ")).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.change(root, Setting::AuditPublicKeys, QStringLiteral("pem")).code(), ErrorCode::InvalidInput);
        QCOMPARE(SettingsRepository(tdb.db()).stringValue(Setting::ClinicName), QStringLiteral("My Clinic"));
        QCOMPARE(SettingsRepository(tdb.db()).intValue(Setting::IdleLockMinutes), 10);
        QVERIFY(eventsNamed(tdb.db(), QStringLiteral("settings.change")).isEmpty());
    }
};

QTEST_MAIN(TestSettingsService)
#include "test_settings_service.moc"
