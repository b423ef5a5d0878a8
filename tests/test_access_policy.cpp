#include "audit/AuditLog.h"
#include "security/AccessPolicy.h"
#include "security/AdminSession.h"

#include "TestDatabase.h"

#include <QTest>

namespace {
const char *roleLetter(Role r) { return r == Role::Administrator ? "A" : r == Role::Technician ? "T" : "U"; }
}

class TestAccessPolicy : public QObject
{
    Q_OBJECT
private slots:
    // The whole role x permission table, spelled out so that a change to it is a visible test change.
    void table_data()
    {
        QTest::addColumn<int>("permission");
        QTest::addColumn<QString>("allowedRoles"); // A = Administrator, T = Technician, U = aUditor
        const QList<QPair<Permission, QString>> expected = {
            {Permission::ViewFleet, "ATU"},      {Permission::EnrollDevices, "AT"},
            {Permission::EditInventory, "AT"},   {Permission::LockDevice, "AT"},
            {Permission::SelectiveWipe, "AT"},   {Permission::FullWipe, "A"},
            {Permission::ManagePolicies, "A"},   {Permission::ManageSettings, "A"},
            {Permission::ManageAccounts, "A"},   {Permission::ViewAccounts, "AU"},
            {Permission::ViewAudit, "AU"},       {Permission::VerifyAudit, "AU"},
            {Permission::ExportAudit, "AU"},     {Permission::ExportReports, "AU"},
            {Permission::ManageCertificates, "A"}, {Permission::KioskMaintenance, "A"},
            {Permission::LostMode, "A"},         {Permission::ExpectReenrollment, "A"},
        };
        QCOMPARE(expected.size(), PermissionInfo::all().size());
        for (const auto &[p, roles] : expected)
            QTest::newRow(qPrintable(PermissionInfo::name(p))) << int(p) << roles;
    }
    void table()
    {
        QFETCH(int, permission);
        QFETCH(QString, allowedRoles);
        for (Role r : RoleInfo::all())
            QCOMPARE(AccessPolicy::allows(r, Permission(permission)), allowedRoles.contains(QLatin1String(roleLetter(r))));
    }

    void technicianRefusedFullWipeAndSettingsWithAuditEntry()
    {
        TestDatabase tdb;
        const AdminSession tech(&tdb.db(), 7, QStringLiteral("tina"), Role::Technician, false);
        for (Permission p : {Permission::FullWipe, Permission::ManageSettings, Permission::ManageAccounts}) {
            const Status s = tech.require(p);
            QCOMPARE(s.code(), ErrorCode::PermissionDenied);
            QVERIFY2(s.message().contains(QLatin1String("Technician")), qPrintable(s.message()));
        }
        QVERIFY(tech.require(Permission::LockDevice).ok());
        const QList<AuditEvent> events = AuditLog(tdb.db()).events();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.first().action, QStringLiteral("access.denied"));
        QCOMPARE(events.first().actor, QStringLiteral("tina"));
        QCOMPARE(events.first().actorRole, QStringLiteral("Technician"));
        QCOMPARE(events.first().details, QStringLiteral("permission=FullWipe"));
    }

    void auditorChangesNothing()
    {
        const AdminSession auditor(nullptr, 3, QStringLiteral("ann"), Role::Auditor, true);
        for (Permission p : {Permission::EnrollDevices, Permission::EditInventory, Permission::LockDevice,
                             Permission::SelectiveWipe, Permission::FullWipe, Permission::ManagePolicies,
                             Permission::ManageSettings, Permission::ManageAccounts, Permission::ManageCertificates})
            QVERIFY(!auditor.can(p));
        QVERIFY(auditor.can(Permission::ExportReports));
    }

    void sensitiveActionsNeedRecentReauthentication()
    {
        AdminSession admin(nullptr, 1, QStringLiteral("root"), Role::Administrator, true);
        admin.setAuthenticatedAt(1000);
        QVERIFY(admin.require(Permission::FullWipe, 1000 + AdminSession::kReauthWindowSeconds).ok());
        QCOMPARE(admin.require(Permission::FullWipe, 1001 + AdminSession::kReauthWindowSeconds).code(),
                 ErrorCode::AuthenticationFailed);
        QVERIFY(admin.require(Permission::ManageSettings, 100000).ok()); // not a sensitive one
        QVERIFY(AccessPolicy::needsReauthentication(Permission::ManageAccounts));
        QVERIFY(AccessPolicy::needsReauthentication(Permission::ExportAudit));
        QVERIFY(AccessPolicy::needsReauthentication(Permission::ManageCertificates));
        QVERIFY(AccessPolicy::needsReauthentication(Permission::ExpectReenrollment));
    }

    void pendingMfaEnrolmentAllowsNothing()
    {
        const AdminSession admin(nullptr, 1, QStringLiteral("root"), Role::Administrator, false, true);
        for (Permission p : PermissionInfo::all())
            QCOMPARE(admin.require(p).code(), ErrorCode::PermissionDenied);
        QCOMPARE(AdminSession().require(Permission::ViewFleet).code(), ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "test_access_policy.moc"
