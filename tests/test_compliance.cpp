#include "compliance/ComplianceEvaluator.h"
#include "compliance/ComplianceService.h"
#include "compliance/ComplianceSnapshotRepository.h"
#include "compliance/FleetStatisticsRepository.h"
#include "fleet/DemoSeeder.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "policy/BaselineCatalog.h"

#include "TestDatabase.h"

#include <QElapsedTimer>

#include <ctime>
#include <QTest>

// Issue 7: compliance per device and safeguard (compliant / non-compliant with the reported value
// and its time / unknown), fleet roll-ups and daily snapshots.
namespace {
constexpr qint64 kNow = 1'790'000'000; // 2026-09-21 14:13 UTC
constexpr qint64 kHour = 3600;

ComplianceInput device(Ownership o = Ownership::COPE, Platform p = Platform::iOS)
{
    ComplianceInput d;
    d.deviceId = 1;
    d.name = QStringLiteral("Ward iPad");
    d.platform = p;
    d.ownership = o;
    d.osVersion = p == Platform::Android ? QStringLiteral("14") : QStringLiteral("17.4");
    d.lastSeen = kNow - kHour;
    const qint64 at = kNow - kHour;
    for (const auto &[k, v] : {std::pair{DeviceFact::Encrypted, "true"}, std::pair{DeviceFact::PasscodePresent, "true"},
                               std::pair{DeviceFact::PasscodeCompliant, "true"}, std::pair{DeviceFact::AutoLockSeconds, "120"},
                               std::pair{DeviceFact::VpnAlwaysOn, "true"}, std::pair{DeviceFact::PolicyVersion, "3"},
                               std::pair{DeviceFact::SecurityPatch, "2026-09-01"}, std::pair{DeviceFact::OsVersion, "17.4"},
                               std::pair{DeviceFact::Supervised, "true"}})
        d.facts.insert(k, {QLatin1String(v), at});
    d.facts.insert(DeviceFact::ManagementMode, {o == Ownership::BYOD ? QStringLiteral("work_profile") : QStringLiteral("device_enrollment"), at});
    return d;
}

PolicySettings baseline(const char *id) { return BaselineCatalog::byId(QLatin1String(id))->settings; }

SafeguardResult verdict(const ComplianceInput &d, Safeguard s, const PolicySettings &p = baseline("cope"), int version = 3)
{
    const DeviceCompliance c = ComplianceEvaluator(kNow, 7).evaluate(d, p, QStringLiteral("policy \"Ward\" v3"), version);
    return *c.result(s);
}
} // namespace

class TestCompliance : public QObject
{
    Q_OBJECT

private slots:
    void aHealthyDeviceIsCompliantEverywhere()
    {
        const DeviceCompliance c = ComplianceEvaluator(kNow, 7).evaluate(device(), baseline("cope"), QStringLiteral("p"), 3);
        QCOMPARE(c.results.size(), SafeguardInfo::perDevice().size());
        for (const SafeguardResult &r : c.results)
            QVERIFY2(r.state == ComplianceState::Compliant, qPrintable(SafeguardInfo::id(r.safeguard) + QLatin1Char(' ') + r.reason));
        QCOMPARE(c.overall(), ComplianceState::Compliant);
    }

    void eachSafeguardNonCompliantWithTheReportedValueAndTime_data()
    {
        QTest::addColumn<int>("safeguard");
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        const QString when = QStringLiteral("reported ") + ComplianceEvaluator::when(kNow - kHour);
        QTest::newRow("no passcode") << int(Safeguard::AccessControl) << DeviceFact::PasscodePresent << "false" << "passcode_present=false, " + when;
        QTest::newRow("weak passcode") << int(Safeguard::AccessControl) << DeviceFact::PasscodeCompliant << "false" << "passcode_compliant=false, " + when;
        QTest::newRow("long auto-lock") << int(Safeguard::AutomaticLogoff) << DeviceFact::AutoLockSeconds << "900"
                                        << "auto-lock after 900 s exceeds the policy's 300 s: auto_lock_seconds=900, " + when;
        QTest::newRow("auto-lock off") << int(Safeguard::AutomaticLogoff) << DeviceFact::AutoLockSeconds << "0" << "auto-lock is off";
        QTest::newRow("unencrypted") << int(Safeguard::Encryption) << DeviceFact::Encrypted << "false" << "storage not encrypted: encrypted=false, " + when;
        QTest::newRow("old policy") << int(Safeguard::Integrity) << DeviceFact::PolicyVersion << "2" << "device runs policy version 2, current is 3";
        QTest::newRow("vpn down") << int(Safeguard::TransmissionSecurity) << DeviceFact::VpnAlwaysOn << "false" << "vpn_always_on=false, " + when;
        QTest::newRow("byod fully managed") << int(Safeguard::DeviceMediaControls) << DeviceFact::ManagementMode << "device_owner"
                                            << "personal device fully managed";
        QTest::newRow("old os") << int(Safeguard::SecurityUpdates) << DeviceFact::OsVersion << "16.7.2" << "OS 16.7.2 is below the minimum 17.0 (os_version=16.7.2, " + when;
    }

    void eachSafeguardNonCompliantWithTheReportedValueAndTime()
    {
        QFETCH(int, safeguard);
        QFETCH(QString, fact);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        ComplianceInput d = device(fact == DeviceFact::ManagementMode ? Ownership::BYOD : Ownership::COPE);
        d.facts[fact].value = value;
        const SafeguardResult r = verdict(d, Safeguard(safeguard));
        QCOMPARE(r.state, ComplianceState::NonCompliant);
        QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
    }

    void missingFactIsUnknownNamingIt_data()
    {
        QTest::addColumn<int>("safeguard");
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("reason");
        const QString notReported = QStringLiteral(" not reported by the device");
        QTest::newRow("access") << int(Safeguard::AccessControl) << DeviceFact::PasscodePresent << DeviceFact::PasscodePresent + notReported;
        QTest::newRow("logoff") << int(Safeguard::AutomaticLogoff) << DeviceFact::AutoLockSeconds << DeviceFact::AutoLockSeconds + notReported;
        QTest::newRow("encryption") << int(Safeguard::Encryption) << DeviceFact::Encrypted << DeviceFact::Encrypted + notReported;
        // No device type reports its VPN state: said so, not invented (issue 21).
        QTest::newRow("transmission") << int(Safeguard::TransmissionSecurity) << DeviceFact::VpnAlwaysOn
                                      << QStringLiteral("whether the VPN is up is not reported by this device type");
        QTest::newRow("media") << int(Safeguard::DeviceMediaControls) << DeviceFact::ManagementMode << DeviceFact::ManagementMode + notReported;
        QTest::newRow("supervision") << int(Safeguard::Integrity) << DeviceFact::Supervised << DeviceFact::Supervised + notReported;
    }

    void missingFactIsUnknownNamingIt()
    {
        QFETCH(int, safeguard);
        QFETCH(QString, fact);
        QFETCH(QString, reason);
        ComplianceInput d = device();
        d.facts.remove(fact);
        const SafeguardResult r = verdict(d, Safeguard(safeguard));
        QCOMPARE(r.state, ComplianceState::Unknown);
        QCOMPARE(r.reason, reason);
    }

    void staleDevicesAreUnknownForEverySafeguard()
    {
        ComplianceInput d = device();
        d.facts[DeviceFact::Encrypted].value = QStringLiteral("false"); // stale facts prove nothing either way
        d.lastSeen = kNow - 9 * 24 * kHour;
        const DeviceCompliance c = ComplianceEvaluator(kNow, 7).evaluate(d, baseline("cope"), QStringLiteral("p"), 3);
        for (const SafeguardResult &r : c.results) {
            QCOMPARE(r.state, ComplianceState::Unknown);
            QVERIFY2(r.reason.startsWith(QLatin1String("no check-in for 9 days (last 2026-09-12 14:13 UTC)")), qPrintable(r.reason));
        }
        QCOMPARE(c.overall(), ComplianceState::Unknown);
        d.lastSeen = 0;
        QCOMPARE(verdict(d, Safeguard::Encryption).reason, QStringLiteral("never checked in"));
        d.lastSeen = kNow - 6 * 24 * kHour; // within the window: evaluated
        QCOMPARE(verdict(d, Safeguard::Encryption).state, ComplianceState::NonCompliant);
    }

    void policySpecificRules()
    {
        // No policy: Integrity is non-compliant, the rest judged against the ownership's baseline.
        const SafeguardResult none = verdict(device(), Safeguard::Integrity, baseline("cope"), 0);
        QCOMPARE(none.state, ComplianceState::NonCompliant);
        QVERIFY(none.reason.startsWith(QLatin1String("no policy assigned")));
        ComplianceInput d = device();
        d.facts.remove(DeviceFact::PolicyVersion);
        QVERIFY(verdict(d, Safeguard::Integrity).reason.contains(QLatin1String("queued but the device has not applied it yet")));
        // A kiosk needs no passcode or auto-lock (its documented alternative measure).
        ComplianceInput kiosk = device(Ownership::COSU, Platform::Android);
        kiosk.facts[DeviceFact::PasscodePresent].value = QStringLiteral("false");
        kiosk.facts[DeviceFact::AutoLockSeconds].value = QStringLiteral("0");
        QCOMPARE(verdict(kiosk, Safeguard::AccessControl, baseline("cosu")).state, ComplianceState::Compliant);
        QCOMPARE(verdict(kiosk, Safeguard::AutomaticLogoff, baseline("cosu")).state, ComplianceState::Compliant);
        // Android patch level older than the policy allows.
        ComplianceInput android = device(Ownership::COPE, Platform::Android);
        android.facts[DeviceFact::SecurityPatch].value = QStringLiteral("2026-01-01");
        const SafeguardResult patch = verdict(android, Safeguard::SecurityUpdates);
        QCOMPARE(patch.state, ComplianceState::NonCompliant);
        QVERIFY2(patch.reason.contains(QLatin1String("security patch 2026-01-01 is 263 days old, more than 90 allowed")), qPrintable(patch.reason));
        // Shared tablets lock after 2 minutes: 5 minutes is too long there.
        ComplianceInput tablet = device(Ownership::Shared);
        tablet.facts[DeviceFact::AutoLockSeconds].value = QStringLiteral("300");
        QCOMPARE(verdict(tablet, Safeguard::AutomaticLogoff, baseline("shared")).state, ComplianceState::NonCompliant);
        // BYOD: the per-app VPN is applied with the policy on an iPhone; on an Android work profile it
        // is the profile's always-on VPN, judged by what the agent reports (issue 21, finding 2).
        ComplianceInput iphone = device(Ownership::BYOD, Platform::iOS);
        QCOMPARE(verdict(iphone, Safeguard::TransmissionSecurity, baseline("byod")).state, ComplianceState::Compliant);
        ComplianceInput byod = device(Ownership::BYOD, Platform::Android);
        byod.facts[DeviceFact::VpnAlwaysOn].value = QStringLiteral("false");
        const SafeguardResult noVpn = verdict(byod, Safeguard::TransmissionSecurity, baseline("byod"));
        QCOMPARE(noVpn.state, ComplianceState::NonCompliant);
        QVERIFY2(noVpn.reason.contains(QLatin1String("work profile VPN not connected: vpn_always_on=false")), qPrintable(noVpn.reason));
        QVERIFY(verdict(byod, Safeguard::DeviceMediaControls, baseline("byod")).reason.startsWith(QLatin1String("selective wipe")));
        ComplianceInput unreachable = device();
        unreachable.state = EnrollmentState::Unreachable;
        QCOMPARE(verdict(unreachable, Safeguard::DeviceMediaControls).state, ComplianceState::NonCompliant);
    }

    void fleetRollUpsAndSnapshots()
    {
        TestDatabase tdb;
        QList<Device> devices;
        for (int i = 0; i < 4; ++i) {
            Device d;
            d.name = QStringLiteral("Tablet %1").arg(i);
            d.serial = QStringLiteral("SER%1").arg(i);
            d.platform = Platform::iPadOS;
            d.ownership = Ownership::COPE;
            d.osVersion = QStringLiteral("17.5");
            d.state = i == 3 ? EnrollmentState::Pending : EnrollmentState::Enrolled;
            d.lastSeen = i == 3 ? QDateTime() : QDateTime::fromSecsSinceEpoch(i == 2 ? kNow - 30 * 24 * kHour : kNow - kHour, Qt::UTC);
            devices << d;
        }
        QVERIFY(DeviceRepository(tdb.db()).insertAll(devices).ok());
        const ComplianceInput good = device();
        DeviceFactRepository facts(tdb.db());
        for (int i = 0; i < 3; ++i) {
            QHash<QString, QString> values;
            for (auto it = good.facts.cbegin(); it != good.facts.cend(); ++it)
                values.insert(it.key(), it.value().value);
            if (i == 1)
                values[DeviceFact::Encrypted] = QStringLiteral("false");
            QVERIFY(facts.record(devices[i].id, values, kNow - kHour).ok());
        }
        const FleetCompliance fleet = ComplianceService(tdb.db()).evaluateAndSnapshot(kNow);
        QCOMPARE(fleet.devices.size(), 3); // the pending one is not managed yet
        QCOMPARE(fleet.notManaged.value(EnrollmentState::Pending), 1);
        QCOMPARE(fleet.devicesWithoutPolicy, 3);
        QCOMPARE(fleet.nonCompliantDevices, 2); // no policy: Integrity fails for the two fresh ones
        QCOMPARE(fleet.unknownDevices, 1);      // silent for 30 days
        const SafeguardTally enc = fleet.bySafeguard.value(Safeguard::Encryption);
        QCOMPARE(enc.compliant, 1);
        QCOMPARE(enc.nonCompliant, 1);
        QCOMPARE(enc.unknown, 1);
        QCOMPARE(fleet.devicesIn(Safeguard::Encryption, ComplianceState::NonCompliant), QList<qint64>{devices[1].id});
        const QList<ComplianceSnapshot> day = ComplianceSnapshotRepository(tdb.db()).between(0, kNow);
        QCOMPARE(day.size(), SafeguardInfo::perDevice().size());
        for (const ComplianceSnapshot &s : day)
            if (s.safeguard == Safeguard::Encryption)
                QCOMPARE(s.tally.nonCompliant, 1);
        // Same day again: overwritten, not added.
        ComplianceService(tdb.db()).evaluateAndSnapshot(kNow + 60);
        QCOMPARE(ComplianceSnapshotRepository(tdb.db()).between(0, kNow + 60).size(), day.size());
    }

    void demoFleetHasBothAndEvaluatesFast()
    {
        TestDatabase tdb;
        DemoSeeder seeder(tdb.db(), Actor::system());
        seeder.setReferenceTime(QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
        QVERIFY(seeder.seed(5000).ok());
        QElapsedTimer timer;
        timer.start();
        const clock_t cpu = clock();
        const FleetCompliance fleet = ComplianceService(tdb.db()).evaluate(kNow);
        // CPU time, not wall time: CI machines are shared. Two queries and in-memory evaluation
        // stay far below a second for 5,000 devices; a query per device would not.
        const long cpuMs = long((clock() - cpu) * 1000 / CLOCKS_PER_SEC);
        qInfo("evaluated %d managed devices: %lld ms wall, %ld ms CPU", int(fleet.devices.size()), timer.elapsed(), cpuMs);
        QVERIFY2(cpuMs < 2000, "evaluating 5,000 devices should take well under 2 s of CPU");
        QVERIFY(fleet.devices.size() > 4000);
        const SafeguardTally enc = fleet.bySafeguard.value(Safeguard::Encryption);
        QVERIFY(enc.compliant > enc.nonCompliant * 5);
        QVERIFY(enc.nonCompliant > 0);
        QVERIFY(fleet.bySafeguard.value(Safeguard::AccessControl).nonCompliant > 0);
        const FleetStatistics stats = FleetStatisticsRepository(tdb.db()).statistics(kNow);
        QCOMPARE(stats.total, 5000);
        int sum = 0;
        for (const auto &c : stats.freshness)
            sum += c.second;
        QCOMPARE(sum, 5000);
        const QList<DeviceBrief> shared = FleetStatisticsRepository(tdb.db()).devices(FleetStatisticsRepository::Dimension::Ownership, QStringLiteral("Shared"), kNow);
        QCOMPARE(shared.size(), stats.ownership[3].second);
        const QString os = stats.osVersions.first().first;
        QCOMPARE(FleetStatisticsRepository(tdb.db()).devices(FleetStatisticsRepository::Dimension::OsVersion, os, kNow).size(),
                 stats.osVersions.first().second);
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "test_compliance.moc"
