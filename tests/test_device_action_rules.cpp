// Issue 14: device actions declare what selection they accept (Kleopatra's command restrictions),
// and one engine evaluator decides from the declaration, the admin's role and the devices which
// actions are enabled; the bulk service refuses, one by one and audited, what the declaration does
// not accept.
#include "audit/AuditLog.h"
#include "catalog/AppCatalogService.h"
#include "catalog/ClinicalAppTemplates.h"
#include "commands/BulkDeviceActionJob.h"
#include "commands/BulkDeviceActionService.h"
#include "commands/CommandRepository.h"
#include "commands/DeviceActionCatalog.h"
#include "commands/DeviceActionRules.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceGroupService.h"
#include "fleet/DeviceRepository.h"
#include "policy/PolicyService.h"
#include "security/AdminSession.h"

#include "TestDatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace Id = DeviceActionCatalog::Id;

class TestDeviceActionRules : public QObject
{
    Q_OBJECT
    TestDatabase *m_tdb = nullptr;
    AdminSession m_admin, m_tech, m_auditor;

    Device add(const QString &name, Platform p, Ownership o, EnrollmentState s = EnrollmentState::Enrolled)
    {
        Device d;
        d.name = name;
        d.serial = name;
        d.platform = p;
        d.ownership = o;
        d.state = s;
        if (!DeviceRepository(m_tdb->db()).insert(d))
            qFatal("insert");
        return d;
    }
    static DeviceActionDeclaration decl(const QString &id) { return *DeviceActionCatalog::find(id); }
    int audited(const QString &action)
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
        m_tech = AdminSession(&m_tdb->db(), 2, QStringLiteral("tina"), Role::Technician, true);
        m_auditor = AdminSession(&m_tdb->db(), 3, QStringLiteral("audrey"), Role::Auditor, true);
    }
    void cleanup() { delete m_tdb; }

    void everyActionIsDeclaredOnce()
    {
        QSet<QString> ids;
        for (const DeviceActionDeclaration &d : DeviceActionCatalog::all())
            ids.insert(d.id);
        QCOMPARE(ids.size(), DeviceActionCatalog::all().size());
        for (const QString &id : {Id::Lock, Id::SelectiveWipe, Id::ResetForNextPatient, Id::AddToGroup, Id::AssignPolicy,
                                  Id::InstallApp, Id::PushNow})
            QVERIFY2(decl(id).multiple, qPrintable(id));
        QVERIFY2(!decl(Id::FullWipe).multiple, "a full wipe is one device at a time, with its typed name");
        QVERIFY(!DeviceActionCatalog::find(QStringLiteral("nonsense")));
    }

    void visibilityFollowsTheRole()
    {
        const DeviceActionRules admin(&m_tdb->db(), &m_admin), tech(&m_tdb->db(), &m_tech), auditor(&m_tdb->db(), &m_auditor);
        QVERIFY(admin.visible(decl(Id::FullWipe)));
        QVERIFY(!tech.visible(decl(Id::FullWipe)));
        QVERIFY(tech.visible(decl(Id::Lock)) && tech.visible(decl(Id::AddToGroup)) && !tech.visible(decl(Id::AssignPolicy)));
        QVERIFY(!auditor.visible(decl(Id::Lock)) && auditor.visible(decl(Id::PrivacyManifest)));
        QVERIFY(!DeviceActionRules(&m_tdb->db(), nullptr).visible(decl(Id::Lock)));
        // Not shown is not enough: the check refuses too.
        const Device ward = add(QStringLiteral("Ward iPad"), Platform::iPadOS, Ownership::COPE);
        QCOMPARE(tech.check(decl(Id::FullWipe), ward, true).status.code(), ErrorCode::PermissionDenied);
        QCOMPARE(tech.check(decl(Id::FullWipe), ward, true).reasonKey, QStringLiteral("permission"));
        // Asking is not trying: no access.denied entry for a greyed-out action.
        QCOMPARE(audited(QStringLiteral("access.denied")), 0);
        // An Administrator whose re-authentication lapsed still sees the erase enabled: the gate asks when it runs.
        AdminSession stale(&m_tdb->db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        QVERIFY(stale.can(Permission::FullWipe));
        QVERIFY(!stale.require(Permission::FullWipe, QDateTime::currentSecsSinceEpoch() + 24 * 3600));
        QVERIFY(DeviceActionRules(&m_tdb->db(), &stale).check(decl(Id::FullWipe), ward, true).status.ok());
    }

    void selectionsEnableWhatTheirDeclarationsAccept()
    {
        const Device cope = add(QStringLiteral("Ward iPad"), Platform::iPadOS, Ownership::COPE);
        const Device cope2 = add(QStringLiteral("Ward iPad 2"), Platform::iPadOS, Ownership::COPE);
        const Device byod = add(QStringLiteral("Dr Lee's iPhone"), Platform::iOS, Ownership::BYOD);
        const Device byod2 = add(QStringLiteral("Nurse phone"), Platform::Android, Ownership::BYOD);
        const Device sharedIpad = add(QStringLiteral("Shared iPad"), Platform::iPadOS, Ownership::Shared);
        const Device sharedTab = add(QStringLiteral("Shared Tab"), Platform::Android, Ownership::Shared);
        const Device wiped = add(QStringLiteral("Old iPad"), Platform::iPadOS, Ownership::COPE, EnrollmentState::Wiped);
        const DeviceActionRules rules(&m_tdb->db(), &m_admin);
        auto ok = [&](const QString &id, const QList<Device> &selection) { return rules.acceptsSelection(decl(id), selection).ok(); };

        // Nothing selected: nothing enabled, and the reason says what to select.
        QVERIFY(!ok(Id::Lock, {}));
        QCOMPARE(rules.acceptsSelection(decl(Id::FullWipe), {}).message(), QStringLiteral("Select one device"));
        // Single-device actions: one device only.
        QVERIFY(ok(Id::FullWipe, {cope}));
        QVERIFY(!ok(Id::FullWipe, {cope, cope2}));
        QVERIFY(!ok(Id::PrivacyManifest, {cope, byod}));
        // Not BYOD: a personal device is never erased, and the reason points to the selective wipe.
        const Status erase = rules.acceptsSelection(decl(Id::FullWipe), {byod});
        QVERIFY(!erase && erase.message().contains(QLatin1String("selective wipe")));
        // Multiple: enabled when at least one device qualifies; the others are refused per device.
        QVERIFY(ok(Id::Lock, {cope, byod, wiped}));
        QVERIFY(!ok(Id::Lock, {wiped}));
        QVERIFY(ok(Id::PrivacyManifest, {wiped})); // wipedToo
        // A personal device takes a selective wipe on its own, never in a bulk one.
        QVERIFY(ok(Id::SelectiveWipe, {byod}));
        QVERIFY(!ok(Id::SelectiveWipe, {byod, byod2}));
        QVERIFY(ok(Id::SelectiveWipe, {byod, cope}));
        QCOMPARE(rules.check(decl(Id::SelectiveWipe), byod, false).reasonKey, QStringLiteral("byod-bulk"));
        QVERIFY(rules.check(decl(Id::SelectiveWipe), cope, false).status.ok());
        // Shared only.
        QVERIFY(!ok(Id::ResetForNextPatient, {cope, cope2}));
        QVERIFY(ok(Id::ResetForNextPatient, {cope, sharedTab}));
        QCOMPARE(rules.check(decl(Id::ResetForNextPatient), cope, true).reasonKey, QStringLiteral("not-shared"));
        // Platform: a Shared iPad's user is signed out from here, an Android tablet's on the tablet.
        QVERIFY(ok(Id::SignOutUser, {sharedIpad}));
        QCOMPARE(rules.check(decl(Id::SignOutUser), sharedTab, true).reasonKey, QStringLiteral("platform"));
        // Kiosk only: a device without a kiosk policy.
        QCOMPARE(rules.check(decl(Id::LeaveKiosk), cope, true).reasonKey, QStringLiteral("not-kiosk"));
        // Conditions from the engine: Lost Mode eligibility says why a BYOD phone is out.
        const Status lost = rules.acceptsSelection(decl(Id::LostMode), {byod});
        QVERIFY2(!lost && lost.message().contains(QLatin1String("personal (BYOD)")), qPrintable(lost.message()));
        // Bulk-only actions take one device too.
        QVERIFY(ok(Id::AddToGroup, {cope}) && ok(Id::AddToGroup, {cope, byod}) && ok(Id::PushNow, {byod}));
    }

    void theBulkServiceRefusesPerDeviceAndAuditsEach()
    {
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << add(QStringLiteral("Cart %1").arg(i), Platform::iPadOS, Ownership::COPE).id;
        const qint64 byod = add(QStringLiteral("Dr Lee's iPhone"), Platform::iOS, Ownership::BYOD).id;
        ids.insert(2, byod);
        const QList<BulkActionOutcome> out =
            BulkDeviceActionService(m_tdb->db()).run(m_tech, {Id::SelectiveWipe, {}, {}, 0}, ids);
        QCOMPARE(out.size(), 5);
        for (const BulkActionOutcome &o : out)
            QCOMPARE(o.status.ok(), o.deviceId != byod);
        QVERIFY(out.at(2).status.message().contains(QLatin1String("personal (BYOD)")));
        QCOMPARE(CommandRepository(m_tdb->db()).list(byod).size(), 0);
        for (qint64 id : ids)
            QCOMPARE(CommandRepository(m_tdb->db()).list(id).size(), id == byod ? 0 : 1);
        QCOMPARE(audited(QStringLiteral("command.queue")), 4);
        QCOMPARE(audited(QStringLiteral("bulk.refused")), 1);
        // The same phone on its own is the admin's deliberate choice: queued.
        QVERIFY(BulkDeviceActionService(m_tdb->db()).run(m_tech, {Id::SelectiveWipe, {}, {}, 0}, {byod}).first().status.ok());
        // A role without the permission is refused for the whole request, nothing done or audited.
        const QList<BulkActionOutcome> denied = BulkDeviceActionService(m_tdb->db()).run(m_auditor, {Id::Lock, {}, {}, 0}, ids);
        QVERIFY(std::all_of(denied.begin(), denied.end(), [](const BulkActionOutcome &o) { return o.status.code() == ErrorCode::PermissionDenied; }));
        // A single-device action cannot be run in bulk, and a missing target is refused up front.
        QVERIFY(!BulkDeviceActionService(m_tdb->db()).validate(m_admin, {Id::FullWipe, {}, {}, 0}));
        QCOMPARE(BulkDeviceActionService(m_tdb->db()).validate(m_admin, {Id::AddToGroup, {}, {}, 999}).code(), ErrorCode::NotFound);
    }

    void thousandsAreDoneInSlicesAndCanBeCancelled()
    {
        QList<Device> fleet;
        for (int i = 0; i < 3000; ++i) {
            Device d;
            d.name = QStringLiteral("Tablet %1").arg(i);
            d.serial = QStringLiteral("S%1").arg(i);
            d.platform = Platform::Android;
            d.ownership = Ownership::COPE;
            d.state = EnrollmentState::Enrolled;
            fleet << d;
        }
        QVERIFY(DeviceRepository(m_tdb->db()).insertAll(fleet).ok());
        QList<qint64> ids;
        for (const Device &d : fleet)
            ids << d.id;

        // Run to the end: the job goes back to the event loop between slices (progress more than once).
        QElapsedTimer clock;
        clock.start();
        BulkDeviceActionJob all(m_tdb->db(), m_tech, {Id::Lock, {}, {}, 0}, ids.mid(0, 1500));
        QSignalSpy progress(&all, &BulkDeviceActionJob::progress), finished(&all, &BulkDeviceActionJob::finished);
        qint64 longestGap = 0, last = 0;
        connect(&all, &BulkDeviceActionJob::progress, this, [&] {
            longestGap = qMax(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        all.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(progress.count() > 1, "the work is sliced");
        QCOMPARE(progress.last().at(0).toInt(), 1500);
        QCOMPARE(CommandRepository(m_tdb->db()).list(0, {}, 100000).size(), 1500);
        qInfo("1500 locks in %lld ms, %lld progress events, longest time between two: %lld ms", clock.elapsed(),
              qint64(progress.count()), longestGap);

        // Cancel after the first slice: the rest is listed as not done, and nothing happens to it.
        BulkDeviceActionJob some(m_tdb->db(), m_tech, {Id::Lock, {}, {}, 0}, ids.mid(1500));
        QSignalSpy done(&some, &BulkDeviceActionJob::finished);
        connect(&some, &BulkDeviceActionJob::progress, &some, &BulkDeviceActionJob::cancel);
        some.start();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().toBool(), true);
        const QList<BulkActionOutcome> outcomes = some.outcomes();
        QCOMPARE(outcomes.size(), 1500);
        const qsizetype reached = std::count_if(outcomes.begin(), outcomes.end(), [](const BulkActionOutcome &o) { return o.status.ok(); });
        QVERIFY2(reached > 0 && reached < 1500, qPrintable(QString::number(reached)));
        QCOMPARE(CommandRepository(m_tdb->db()).list(0, {}, 100000).size(), 1500 + reached);
        QCOMPARE(audited(QStringLiteral("command.queue")), 1500 + reached);
        QCOMPARE(audited(QStringLiteral("bulk.refused")), 0);
    }

    void groupAndPolicyPerDevice()
    {
        const qint64 a = add(QStringLiteral("Ward iPad"), Platform::iPadOS, Ownership::COPE).id;
        const qint64 b = add(QStringLiteral("Ward Tab"), Platform::Android, Ownership::COPE).id;
        DeviceGroup g;
        QVERIFY(DeviceGroupService(m_tdb->db()).create(m_tech, QStringLiteral("Ward"), {}, &g).ok());
        BulkDeviceActionService bulk(m_tdb->db());
        for (const BulkActionOutcome &o : bulk.run(m_tech, {Id::AddToGroup, {}, {}, g.id}, {a, b}))
            QVERIFY2(o.status.ok(), qPrintable(o.status.message()));
        QCOMPARE(DeviceGroupRepository(m_tdb->db()).members(g.id), (QList<qint64>{a, b}));
        QCOMPARE(audited(QStringLiteral("group.add")), 2); // one per device, with its id
        // A technician may not assign policies: refused before any device.
        PolicyRecord p;
        QVERIFY(PolicyService(m_tdb->db()).createFromBaseline(m_admin, QStringLiteral("cope"), QStringLiteral("Ward policy"), &p).ok());
        QCOMPARE(bulk.validate(m_tech, {Id::AssignPolicy, {}, {}, p.id}).code(), ErrorCode::PermissionDenied);
        const QList<BulkActionOutcome> assigned = bulk.run(m_admin, {Id::AssignPolicy, {}, {}, p.id}, {a, b});
        QVERIFY(assigned.at(0).status.ok() && assigned.at(1).status.ok());
        QCOMPARE(audited(QStringLiteral("policy.assign")), 2);
        QVERIFY(!CommandRepository(m_tdb->db()).list(a).isEmpty());
        QVERIFY(!CommandRepository(m_tdb->db()).list(b).isEmpty());
    }

    void installAppRefusesTheDevicesItCannotReach()
    {
        const qint64 ipad = add(QStringLiteral("Ward iPad"), Platform::iPadOS, Ownership::COPE).id;
        const qint64 tab = add(QStringLiteral("Ward Tab"), Platform::Android, Ownership::COPE).id;
        CatalogApp app;
        app.platform = CatalogApp::Platform::Apple;
        app.identifier = QStringLiteral("org.example.ehr");
        app.storeId = QStringLiteral("1234567");
        ClinicalAppTemplates::apply(QStringLiteral("ehr"), app);
        app.configValues = {{QStringLiteral("fhir_base_url"), QStringLiteral("https://fhir.example/r4")},
                            {QStringLiteral("sso_issuer"), QStringLiteral("https://sso.example")},
                            {QStringLiteral("tenant"), QStringLiteral("ward")}};
        QVERIFY(AppCatalogService(m_tdb->db()).add(m_admin, app).ok());
        const QList<BulkActionOutcome> out = BulkDeviceActionService(m_tdb->db()).run(m_admin, {Id::InstallApp, {}, {}, app.id}, {ipad, tab});
        QVERIFY2(out.at(0).status.ok(), qPrintable(out.at(0).status.message()));
        QVERIFY(!out.at(1).status);
        QVERIFY2(out.at(1).status.message().contains(QLatin1String("another platform")), qPrintable(out.at(1).status.message()));
        QCOMPARE(CommandRepository(m_tdb->db()).list(ipad).size(), 1);
        QCOMPARE(CommandRepository(m_tdb->db()).list(tab).size(), 0);
        QCOMPARE(audited(QStringLiteral("bulk.refused")), 1);
    }

    void pushNowNeedsAPushChannel()
    {
        const qint64 id = add(QStringLiteral("Never checked in"), Platform::iPadOS, Ownership::COPE).id;
        const BulkActionOutcome o = BulkDeviceActionService(m_tdb->db()).runOne(m_tech, {Id::PushNow, {}, {}, 0}, id, true);
        QVERIFY(!o.status);
        QVERIFY(o.status.message().contains(QLatin1String("push channel")));
        QCOMPARE(audited(QStringLiteral("bulk.refused")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeviceActionRules)
#include "test_device_action_rules.moc"
