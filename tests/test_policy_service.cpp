#include "apple/Plist.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceGroupService.h"
#include "fleet/DeviceRepository.h"
#include "policy/PolicyDelivery.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"

#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Issue 7: assignment to groups and devices, versions, rollback, delivery as queued commands; all
// audited and refused to roles without ManagePolicies.
class TestPolicyService : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    AdminSession m_admin;
    QList<qint64> m_devices; // iPad, Android tablet, pending iPad, iPhone (not in the group)

    qint64 addDevice(const QString &name, Platform platform, EnrollmentState state)
    {
        Device d;
        d.name = name;
        d.serial = name.toUpper().remove(QLatin1Char(' '));
        d.platform = platform;
        d.ownership = Ownership::Shared;
        d.state = state;
        if (!DeviceRepository(m_tdb->db()).insert(d))
            return 0;
        return d.id;
    }
    int actions(const QString &action)
    {
        int n = 0;
        for (const AuditEvent &e : AuditLog(m_tdb->db()).events(0, 10000))
            n += e.action == action ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        m_tdb = new TestDatabase;
        m_admin = AdminSession(&m_tdb->db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        m_devices = {addDevice(QStringLiteral("Ward iPad"), Platform::iPadOS, EnrollmentState::Enrolled),
                     addDevice(QStringLiteral("Ward Tab"), Platform::Android, EnrollmentState::Enrolled),
                     addDevice(QStringLiteral("New iPad"), Platform::iPadOS, EnrollmentState::Pending),
                     addDevice(QStringLiteral("Other iPhone"), Platform::iOS, EnrollmentState::Enrolled)};
        DeviceGroup g;
        QVERIFY(DeviceGroupService(m_tdb->db()).create(m_admin, QStringLiteral("Ward 3"), {}, &g).ok());
        int added = 0;
        QVERIFY(DeviceGroupService(m_tdb->db()).add(m_admin, g.id, m_devices.mid(0, 3), std::nullopt, {}, &added).ok());
        QCOMPARE(added, 3);
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void createAssignDeliver()
    {
        PolicyService service(m_tdb->db());
        PolicyRecord p;
        QVERIFY(service.createFromBaseline(m_admin, QStringLiteral("shared"), QStringLiteral("Ward tablets"), &p).ok());
        QCOMPARE(p.version, 1);
        QCOMPARE(p.ownership, Ownership::Shared);
        QCOMPARE(actions(QStringLiteral("policy.create")), 1);
        QCOMPARE(service.createFromBaseline(m_admin, QStringLiteral("shared"), QStringLiteral("Ward tablets")).code(), ErrorCode::Conflict);
        QCOMPARE(service.createFromBaseline(m_admin, QStringLiteral("nonsense"), {}).code(), ErrorCode::NotFound);

        int queued = 0;
        const qint64 group = DeviceGroupRepository(m_tdb->db()).findByName(QStringLiteral("Ward 3"))->id;
        QVERIFY(service.assignToGroup(m_admin, p.id, group, &queued).ok());
        // The shared baseline reaches only the Android tablet (POLICY_SYNC): an iPad refuses it
        // (Shared iPad needs supervision, issue 21) and the audit says so; the pending iPad gets
        // nothing until it enrolls.
        QCOMPARE(queued, 1);
        QVERIFY(CommandRepository(m_tdb->db()).list(m_devices[0]).isEmpty());
        QVERIFY(AuditLog(m_tdb->db()).latest()->details.contains(QLatin1String("1 Apple device(s) refused")));
        const QList<DeviceCommand> tab = CommandRepository(m_tdb->db()).list(m_devices[1]);
        QCOMPARE(tab.size(), 1);
        QCOMPARE(tab[0].requestType, QLatin1String(PolicyDelivery::AndroidPolicySync));
        const QJsonObject sync = QJsonDocument::fromJson(tab[0].payload).object();
        QCOMPARE(sync.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(sync.value(QStringLiteral("policy")).toObject().contains(QStringLiteral("passwordPolicies")));
        QVERIFY(CommandRepository(m_tdb->db()).list(m_devices[2]).isEmpty());
        QVERIFY(CommandRepository(m_tdb->db()).list(m_devices[3]).isEmpty());
        QCOMPARE(actions(QStringLiteral("policy.assign")), 1);
        QCOMPARE(PolicyRepository(m_tdb->db()).devicesOf(p.id), m_devices.mid(0, 3));

        // A COPE policy on the same group: iPad InstallProfile + the supervised-only profile (always-on
        // VPN) + Settings (managed app configuration); Android POLICY_SYNC.
        PolicyRecord cope;
        QVERIFY(service.createFromBaseline(m_admin, QStringLiteral("cope"), QStringLiteral("Ward phones"), &cope).ok());
        QVERIFY(service.assignToGroup(m_admin, cope.id, group, &queued).ok());
        QCOMPARE(queued, 4);
        const QList<DeviceCommand> ipad = CommandRepository(m_tdb->db()).list(m_devices[0]);
        QCOMPARE(ipad.size(), 3);
        DeviceCommand install;
        for (const DeviceCommand &c : ipad)
            if (c.requestType == QLatin1String(PolicyDelivery::AppleInstallProfile))
                install = c;
        const QJsonObject payload = QJsonDocument::fromJson(install.payload).object();
        QVariant profile;
        // Plist data, in the Apple command codec's JSON form.
        QVERIFY(Plist::parse(QByteArray::fromBase64(payload.value(QStringLiteral("Payload")).toObject().value(QStringLiteral("$data")).toString().toLatin1()),
                             profile).ok());
        QCOMPARE(profile.toMap().value(QStringLiteral("PayloadType")).toString(), QStringLiteral("Configuration"));
        QCOMPARE(payload.value(QStringLiteral("PolicyVersion")).toInt(), 1);
        QCOMPARE(CommandRepository(m_tdb->db()).list(m_devices[1]).size(), 2);
    }

    void editThenRollBack()
    {
        PolicyService service(m_tdb->db());
        PolicyRecord p;
        QVERIFY(service.createFromBaseline(m_admin, QStringLiteral("shared"), QStringLiteral("Ward tablets"), &p).ok());
        const qint64 group = DeviceGroupRepository(m_tdb->db()).findByName(QStringLiteral("Ward 3"))->id;
        QVERIFY(service.assignToGroup(m_admin, p.id, group).ok());
        PolicySettings s;
        QVERIFY(PolicyJson::fromJson(p.body, &s).ok());
        s.passcode.minLength = 8;
        s.autoLockMinutes = 1;
        int queued = 0;
        QVERIFY(service.update(m_admin, p.id, s, &queued).ok());
        QCOMPARE(queued, 1); // the Android tablet; the iPad refuses a shared-device policy
        PolicyRecord v2 = *PolicyRepository(m_tdb->db()).findById(p.id);
        QCOMPARE(v2.version, 2);
        QCOMPARE(service.differencesFromBaseline(v2).size(), 2);
        QVERIFY(AuditLog(m_tdb->db()).latest()->details.contains(QLatin1String("changed=autoLockMinutes,passcode.minLength")));

        QVERIFY(service.rollback(m_admin, p.id, 1, &queued).ok());
        const PolicyRecord v3 = *PolicyRepository(m_tdb->db()).findById(p.id);
        QCOMPARE(v3.version, 3);
        QCOMPARE(v3.body, PolicyRepository(m_tdb->db()).version(p.id, 1)->body);
        QVERIFY(service.differencesFromBaseline(v3).isEmpty());
        QCOMPARE(PolicyRepository(m_tdb->db()).versions(p.id).size(), 3);
        QCOMPARE(actions(QStringLiteral("policy.rollback")), 1);
        QCOMPARE(service.rollback(m_admin, p.id, 9).code(), ErrorCode::NotFound);
        QCOMPARE(service.rollback(m_admin, p.id, 3).code(), ErrorCode::Conflict);
        // Bad settings are refused and change nothing.
        s.passcode.minLength = 99;
        QCOMPARE(service.update(m_admin, p.id, s).code(), ErrorCode::InvalidInput);
        QCOMPARE(PolicyRepository(m_tdb->db()).findById(p.id)->version, 3);
    }

    void deviceAssignmentBeatsGroup()
    {
        PolicyService service(m_tdb->db());
        PolicyRecord shared, cope;
        QVERIFY(service.createFromBaseline(m_admin, QStringLiteral("shared"), {}, &shared).ok());
        QVERIFY(service.createFromBaseline(m_admin, QStringLiteral("cope"), {}, &cope).ok());
        const qint64 group = DeviceGroupRepository(m_tdb->db()).findByName(QStringLiteral("Ward 3"))->id;
        QVERIFY(service.assignToGroup(m_admin, shared.id, group).ok());
        int queued = 0;
        QVERIFY(service.assignToDevice(m_admin, cope.id, m_devices[0], &queued).ok());
        QCOMPARE(queued, 3); // only that iPad: InstallProfile, the supervised-only profile, Settings
        const QHash<qint64, qint64> effective = PolicyRepository(m_tdb->db()).effectivePolicies();
        QCOMPARE(effective.value(m_devices[0]), cope.id);
        QCOMPARE(effective.value(m_devices[1]), shared.id);
        QVERIFY(!effective.contains(m_devices[3]));
    }

    void otherRolesAreRefusedAndNothingChanges()
    {
        PolicyService service(m_tdb->db());
        PolicyRecord p;
        QVERIFY(service.createFromBaseline(m_admin, QStringLiteral("cope"), {}, &p).ok());
        const int before = actions(QStringLiteral("access.denied"));
        for (Role role : {Role::Technician, Role::Auditor}) {
            const AdminSession other(&m_tdb->db(), 2, QStringLiteral("bob"), role, true);
            QCOMPARE(service.createFromBaseline(other, QStringLiteral("byod"), {}).code(), ErrorCode::PermissionDenied);
            QCOMPARE(service.rollback(other, p.id, 1).code(), ErrorCode::PermissionDenied);
            QCOMPARE(service.assignToDevice(other, p.id, m_devices[0]).code(), ErrorCode::PermissionDenied);
        }
        QCOMPARE(actions(QStringLiteral("access.denied")), before + 6);
        QCOMPARE(PolicyRepository(m_tdb->db()).list().size(), 1);
        QVERIFY(CommandRepository(m_tdb->db()).list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPolicyService)
#include "test_policy_service.moc"
