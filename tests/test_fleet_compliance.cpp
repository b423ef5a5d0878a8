// Issue 21: compliance only from what devices report. A small fleet enrolls through the Apple and
// Android simulators and then does only what real devices do (check in, answer the queued
// commands, fetch and acknowledge the policy); nothing is written around the ingest code. The
// report must then be neither all green nor all unknown, with the reasons each device earned.
#include "AppleMdmFixture.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AndroidAgentRouter.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "apple/AppleInventoryIngester.h"
#include "compliance/ComplianceService.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

namespace {

QString newToken(Database &db, Ownership ownership)
{
    AndroidEnrollmentToken t;
    t.method = QStringLiteral("token");
    t.ownership = ownership;
    t.createdAt = QDateTime::currentSecsSinceEpoch();
    t.expiresAt = t.createdAt + 3600;
    QString clear;
    if (!AndroidEnrollmentTokenRepository(db).create(t, QStringLiteral("admin"), &clear))
        return {};
    return clear;
}

const SafeguardResult *find(const FleetCompliance &fleet, qint64 deviceId, Safeguard s)
{
    for (const DeviceCompliance &d : fleet.devices)
        if (d.deviceId == deviceId)
            return d.result(s);
    return nullptr;
}

ComplianceState resultFor(const FleetCompliance &fleet, qint64 deviceId, Safeguard s)
{
    const SafeguardResult *r = find(fleet, deviceId, s);
    return r ? r->state : ComplianceState::Unknown;
}

} // namespace

class TestFleetCompliance : public QObject
{
    Q_OBJECT

private slots:
    void aFleetThatOnlyChecksInIsReportedHonestly()
    {
        AppleMdmFixture f;
        AndroidAgentRouter router(f.ca);
        PolicyService policies(f.db());
        PolicyRecord cope, byod;
        QVERIFY(policies.createFromBaseline(f.admin, QStringLiteral("cope"), {}, &cope).ok());
        QVERIFY(policies.createFromBaseline(f.admin, QStringLiteral("byod"), {}, &byod).ok());

        // Apple: a clinic iPhone (enrolled by link, so not supervised) and a clinician's own iPhone.
        AppleDeviceSimulator clinicPhone(f.transport, AppleMdmFixture::identity(1));
        QVERIFY(clinicPhone.enroll(f.createLink(Ownership::COPE)).isEmpty());
        AppleDeviceSimulator ownPhone(f.transport, AppleMdmFixture::identity(2));
        QVERIFY(ownPhone.enroll(f.createLink(Ownership::BYOD)).isEmpty());
        const qint64 clinicPhoneId = DeviceRepository(f.db()).findBySerial(AppleMdmFixture::identity(1).serial)->id;
        const qint64 ownPhoneId = DeviceRepository(f.db()).findBySerial(AppleMdmFixture::identity(2).serial)->id;
        QVERIFY(policies.assignToDevice(f.admin, cope.id, clinicPhoneId).ok());
        QVERIFY(policies.assignToDevice(f.admin, byod.id, ownPhoneId).ok());
        // The devices answer what the console queued: DeviceInformation, SecurityInfo, the profiles.
        QVERIFY(clinicPhone.poll() > 0);
        QVERIFY(ownPhone.poll() > 0);

        // Android: two clinic tablets; one applies its policy in full, the other cannot encrypt.
        AndroidAgentSimulator ward(router, f.context, QStringLiteral("R52WARD0001"));
        AndroidAgentSimulator lab(router, f.context, QStringLiteral("R52LAB00001"));
        for (AndroidAgentSimulator *tablet : {&ward, &lab}) {
            QCOMPARE(tablet->enroll(newToken(f.db(), Ownership::COPE)).status, 200);
            QCOMPARE(tablet->checkIn().status, 200);
            QVERIFY(policies.assignToDevice(f.admin, cope.id, tablet->deviceId()).ok());
            QCOMPARE(tablet->fetchPolicy().status, 200);
        }
        QCOMPARE(ward.acknowledgePolicy().status, 200);
        QCOMPARE(lab.acknowledgePolicy(QStringLiteral("PARTIALLY_APPLIED"),
                                       QJsonArray{QJsonObject{{QStringLiteral("settingName"), QStringLiteral("encryptionPolicy")},
                                                              {QStringLiteral("reason"), QStringLiteral("MANAGEMENT_MODE")}}})
                     .status,
                 200);
        QCOMPARE(ward.checkIn().status, 200);
        QCOMPARE(lab.checkIn().status, 200);

        const FleetCompliance fleet = ComplianceService(f.db()).evaluate(QDateTime::currentSecsSinceEpoch() + 60);
        QCOMPARE(fleet.devices.size(), 4);
        auto state = [&](qint64 id, Safeguard s) {
            const SafeguardResult *r = find(fleet, id, s);
            return r ? r->state : ComplianceState::Unknown;
        };
        auto reason = [&](qint64 id, Safeguard s) {
            const SafeguardResult *r = find(fleet, id, s);
            return r ? r->reason : QString();
        };

        // The Android tablet that applied the policy: the console's version is recorded (not a hash
        // turned into 0), auto-lock is what the applied policy enforces, the VPN state is unreported.
        QCOMPARE(state(ward.deviceId(), Safeguard::Integrity), ComplianceState::Compliant);
        QCOMPARE(DeviceFactRepository(f.db()).facts(ward.deviceId()).value(DeviceFact::PolicyVersion).value, QStringLiteral("1"));
        QCOMPARE(state(ward.deviceId(), Safeguard::AutomaticLogoff), ComplianceState::Compliant);
        QCOMPARE(state(ward.deviceId(), Safeguard::Encryption), ComplianceState::Compliant);
        QCOMPARE(state(ward.deviceId(), Safeguard::TransmissionSecurity), ComplianceState::Unknown);
        QCOMPARE(reason(ward.deviceId(), Safeguard::TransmissionSecurity), QStringLiteral("vpn_always_on not reported by the device"));
        // PARTIALLY_APPLIED with nonCompliance is not "applied", and the setting lands on its safeguard.
        QCOMPARE(state(lab.deviceId(), Safeguard::Encryption), ComplianceState::NonCompliant);
        QVERIFY2(reason(lab.deviceId(), Safeguard::Encryption).contains(QLatin1String("could not apply encryptionPolicy")),
                 qPrintable(reason(lab.deviceId(), Safeguard::Encryption)));
        QCOMPARE(state(lab.deviceId(), Safeguard::Integrity), ComplianceState::NonCompliant);

        // The unsupervised clinic iPhone: the profile is acknowledged (version and auto-lock from
        // InstallProfile), but the policy's always-on VPN needs supervision, and the report says so.
        QCOMPARE(DeviceFactRepository(f.db()).facts(clinicPhoneId).value(DeviceFact::PolicyVersion).value, QStringLiteral("1"));
        QCOMPARE(DeviceFactRepository(f.db()).facts(clinicPhoneId).value(DeviceFact::Supervised).value, QStringLiteral("false"));
        QCOMPARE(state(clinicPhoneId, Safeguard::AccessControl), ComplianceState::Compliant);
        QCOMPARE(state(clinicPhoneId, Safeguard::AutomaticLogoff), ComplianceState::Compliant);
        QCOMPARE(state(clinicPhoneId, Safeguard::Integrity), ComplianceState::NonCompliant);
        QVERIFY(reason(clinicPhoneId, Safeguard::Integrity).contains(QLatin1String("supervised")));
        QCOMPARE(state(clinicPhoneId, Safeguard::TransmissionSecurity), ComplianceState::NonCompliant);
        // Lockdown of the always-on VPN waits for the tablet to report its tunnel up (finding 4):
        // until then the VPN is installed and on, and the agent exempt.
        const QJsonObject before = ward.policy();
        QCOMPARE(before.value(QStringLiteral("alwaysOnVpnPackage")).toObject().value(QStringLiteral("lockdownEnabled")).toBool(true), false);
        QCOMPARE(ward.checkIn({{QStringLiteral("vpnConnected"), true}}).status, 200);
        QCOMPARE(ward.fetchPolicy().status, 200);
        QCOMPARE(ward.policy().value(QStringLiteral("alwaysOnVpnPackage")).toObject().value(QStringLiteral("lockdownEnabled")).toBool(), true);
        QCOMPARE(resultFor(ComplianceService(f.db()).evaluate(QDateTime::currentSecsSinceEpoch() + 60), ward.deviceId(), Safeguard::TransmissionSecurity),
                 ComplianceState::Compliant);
        // The clinician's iPhone: its per-app VPN arrived with the acknowledged profile.
        QCOMPARE(state(ownPhoneId, Safeguard::Integrity), ComplianceState::Compliant);
        QCOMPARE(state(ownPhoneId, Safeguard::TransmissionSecurity), ComplianceState::Compliant);

        int compliant = 0, other = 0, unknown = 0;
        for (const DeviceCompliance &d : fleet.devices)
            for (const SafeguardResult &r : d.results) {
                compliant += r.state == ComplianceState::Compliant ? 1 : 0;
                other += r.state != ComplianceState::Compliant ? 1 : 0;
                unknown += r.state == ComplianceState::Unknown ? 1 : 0;
            }
        QVERIFY2(compliant > 0 && other > 0 && unknown < compliant + other, qPrintable(QStringLiteral("%1 compliant, %2 not").arg(compliant).arg(other)));
        QVERIFY(fleet.compliantDevices < fleet.devices.size());
        QVERIFY(fleet.unknownDevices < fleet.devices.size());
    }

    // Finding 9: currency against the newest release the fleet reports, with the policy's deadline,
    // not only the fixed minimum. The version's "since" is set when a device first reports it.
    void appleDevicesBehindTheNewestReleaseForTooLongAreNonCompliant()
    {
        AppleMdmFixture f;
        const qint64 day = 86400, now = QDateTime::currentSecsSinceEpoch();
        AppleDeviceSimulator::Identity early = AppleMdmFixture::identity(4), late = AppleMdmFixture::identity(5);
        early.osVersion = QStringLiteral("17.6");
        late.osVersion = QStringLiteral("17.4.1");
        AppleDeviceSimulator updated(f.transport, early), behind(f.transport, late);
        QVERIFY(updated.enroll(f.createLink(Ownership::COPE)).isEmpty());
        QVERIFY(behind.enroll(f.createLink(Ownership::COPE)).isEmpty());
        QVERIFY(updated.poll() > 0);
        QVERIFY(behind.poll() > 0);
        const qint64 updatedId = DeviceRepository(f.db()).findBySerial(early.serial)->id;
        const qint64 behindId = DeviceRepository(f.db()).findBySerial(late.serial)->id;
        DeviceFactRepository facts(f.db());
        const qint64 since = facts.facts(updatedId).value(DeviceFact::OsVersionSince).value.toLongLong();
        QVERIFY(since > 0 && since <= now + 5);
        // Reporting the same version again keeps "since"; a new version moves it.
        QVERIFY(facts.record(updatedId, {{DeviceFact::OsVersion, QStringLiteral("17.6")}}, since + 3600).ok());
        QCOMPARE(facts.facts(updatedId).value(DeviceFact::OsVersionSince).value.toLongLong(), since);

        auto updates = [&](qint64 at) {
            const FleetCompliance fleet = ComplianceService(f.db()).evaluate(at);
            return *find(fleet, behindId, Safeguard::SecurityUpdates);
        };
        // 17.6 has been in the fleet for a day: the 17.4.1 iPhone still has time (deadline 14 days).
        QCOMPARE(updates(now + day).state, ComplianceState::Compliant);
        // Twenty days on (both devices reported again, so neither is stale), it is late.
        QVERIFY(facts.record(behindId, {{DeviceFact::OsVersion, QStringLiteral("17.4.1")}}, now + 20 * day).ok());
        QVERIFY(facts.record(updatedId, {{DeviceFact::OsVersion, QStringLiteral("17.6")}}, now + 20 * day).ok());
        for (qint64 id : {behindId, updatedId}) {
            std::optional<Device> d = DeviceRepository(f.db()).findById(id);
            d->lastSeen = QDateTime::fromSecsSinceEpoch(now + 20 * day, Qt::UTC);
            QVERIFY(DeviceRepository(f.db()).update(*d).ok());
        }
        const SafeguardResult late20 = updates(now + 20 * day);
        QCOMPARE(late20.state, ComplianceState::NonCompliant);
        QVERIFY2(late20.reason.contains(QLatin1String("behind 17.6")) && late20.reason.contains(QLatin1String("14 days")), qPrintable(late20.reason));
        // (17.4.1 is above the fixed minimum 17.0: the old rule called it compliant.)
    }

    // A profile the user removed: ProfileList no longer lists the policy, so no version is claimed.
    void aRemovedPolicyProfileIsNoLongerApplied()
    {
        AppleMdmFixture f;
        PolicyService policies(f.db());
        PolicyRecord byod;
        QVERIFY(policies.createFromBaseline(f.admin, QStringLiteral("byod"), {}, &byod).ok());
        AppleDeviceSimulator phone(f.transport, AppleMdmFixture::identity(3));
        QVERIFY(phone.enroll(f.createLink(Ownership::BYOD)).isEmpty());
        const qint64 id = DeviceRepository(f.db()).findBySerial(AppleMdmFixture::identity(3).serial)->id;
        QVERIFY(policies.assignToDevice(f.admin, byod.id, id).ok());
        QVERIFY(phone.poll() > 0);
        QCOMPARE(DeviceFactRepository(f.db()).facts(id).value(DeviceFact::PolicyVersion).value, QStringLiteral("1"));
        AppleInventoryIngester::Outcome out;
        const QVariantMap listed{{QStringLiteral("ProfileList"),
                                  QVariantList{QVariantMap{{QStringLiteral("PayloadIdentifier"), AppleProfileCompiler::profileIdentifier(byod.id)}}}}};
        QVERIFY(AppleInventoryIngester(f.db()).ingest(id, Ownership::BYOD, QStringLiteral("ProfileList"), {}, listed, 100, out).ok());
        QCOMPARE(DeviceFactRepository(f.db()).facts(id).value(DeviceFact::PolicyVersion).value, QStringLiteral("1"));
        const QVariantMap gone{{QStringLiteral("ProfileList"),
                                QVariantList{QVariantMap{{QStringLiteral("PayloadIdentifier"), QStringLiteral("org.clinicmdm.enrollment.1")}}}}};
        QVERIFY(AppleInventoryIngester(f.db()).ingest(id, Ownership::BYOD, QStringLiteral("ProfileList"), {}, gone, 200, out).ok());
        QCOMPARE(DeviceFactRepository(f.db()).facts(id).value(DeviceFact::PolicyVersion).value, QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestFleetCompliance)
#include "test_fleet_compliance.moc"
