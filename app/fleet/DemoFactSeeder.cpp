#include "fleet/DemoFactSeeder.h"

#include "android/AndroidCheckInFacts.h"
#include "android/AndroidPolicyBuilder.h"
#include "android/AndroidPolicyFacts.h"
#include "apple/AppleCommandCodec.h"
#include "apple/AppleInventoryIngester.h"
#include "compliance/ComplianceRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyDelivery.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "report/VendorRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace {

// What one demo device answered at its last check-in, fed through the same ingest code a real
// answer goes through (AppleInventoryIngester, AndroidCheckInFacts, AndroidPolicyFacts): the demo
// cannot hold a fact a real device of its kind would not have reported.
class DemoDevice
{
public:
    DemoDevice(Database &db, QRandomGenerator &rng) : m_db(db), m_rng(rng), m_effective(PolicyRepository(db).effectivePolicies()) {}

    Status report(const ComplianceInput &d, qint64 at)
    {
        return d.platform == Platform::Android ? android(d, at) : apple(d, at);
    }

private:
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    bool passcode(const ComplianceInput &d) { return d.ownership != Ownership::COSU && chance(95); }

    Status apple(const ComplianceInput &d, qint64 at)
    {
        AppleInventoryIngester ingester(m_db);
        AppleInventoryIngester::Outcome out;
        const bool hasPasscode = passcode(d);
        const QVariantMap security{{QStringLiteral("SecurityInfo"),
                                    QVariantMap{{QStringLiteral("HardwareEncryptionCaps"), 3},
                                                {QStringLiteral("PasscodePresent"), hasPasscode},
                                                {QStringLiteral("PasscodeCompliant"), hasPasscode && chance(94)},
                                                {QStringLiteral("PasscodeCompliantWithProfiles"), hasPasscode},
                                                {QStringLiteral("ManagementStatus"),
                                                 QVariantMap{{QStringLiteral("IsUserEnrollment"), d.ownership == Ownership::BYOD}}}}}};
        if (Status s = ingester.ingest(d.deviceId, d.ownership, QStringLiteral("SecurityInfo"), {}, security, at, out); !s)
            return s;
        // Enrollment is by link: only the kiosks were prepared with Apple Configurator (supervised).
        const QVariantMap info{{QStringLiteral("QueryResponses"),
                                QVariantMap{{QStringLiteral("OSVersion"), d.osVersion},
                                            {QStringLiteral("IsSupervised"), d.ownership == Ownership::COSU}}}};
        if (Status s = ingester.ingest(d.deviceId, d.ownership, QStringLiteral("DeviceInformation"), {}, info, at, out); !s)
            return s;
        // Its policy's profile, acknowledged by most; a few have not installed it yet.
        const qint64 policyId = m_effective.value(d.deviceId);
        if (policyId <= 0 || !chance(92))
            return Status::success();
        const std::optional<PolicyRecord> policy = PolicyRepository(m_db).findById(policyId);
        PolicySettings settings;
        AppleCompiledPolicy compiled;
        if (!policy || !PolicyJson::fromJson(policy->body, &settings)
            || !AppleProfileCompiler(policy->id, policy->name, policy->version, {}, d.ownership).compile(settings, &compiled))
            return Status::success();
        const QVariantMap command = AppleCommandCodec::fromJsonBytes(PolicyDelivery::installProfilePayload(compiled.profileXml, *policy));
        return ingester.ingest(d.deviceId, d.ownership, QStringLiteral("InstallProfile"), command, {}, at, out);
    }

    Status android(const ComplianceInput &d, qint64 at)
    {
        const bool hasPasscode = passcode(d);
        QString mode = QStringLiteral("device_owner");
        if (d.ownership == Ownership::BYOD)
            mode = QStringLiteral("work_profile");
        else if (d.ownership == Ownership::COPE)
            mode = QStringLiteral("org_owned_work_profile");
        const qint64 age = chance(90) ? 10 + m_rng.bounded(70) : 95 + m_rng.bounded(200);
        QJsonObject checkIn{{QStringLiteral("androidVersion"), d.osVersion},
                            {QStringLiteral("securityPatch"), QDateTime::fromSecsSinceEpoch(at - age * 86400, Qt::UTC).date().toString(Qt::ISODate)},
                            {QStringLiteral("encrypted"), chance(d.ownership == Ownership::BYOD ? 93 : 97)},
                            {QStringLiteral("passcodePresent"), hasPasscode},
                            {QStringLiteral("passcodeCompliant"), hasPasscode && chance(94)},
                            {QStringLiteral("managementMode"), mode}};
        if (d.ownership == Ownership::COSU)
            checkIn.insert(QStringLiteral("kioskActive"), true);
        QHash<QString, QString> facts = AndroidCheckInFacts::fromCheckIn(checkIn, QString());
        facts.remove(DeviceFact::Serial);
        facts.remove(DeviceFact::Model);
        DeviceFactRepository repo(m_db);
        if (Status s = repo.record(d.deviceId, facts, at); !s)
            return s;
        // The policy it was sent, acknowledged by most; a few lag behind.
        if (!chance(92))
            return Status::success();
        Device device;
        device.id = d.deviceId;
        device.ownership = d.ownership;
        device.platform = d.platform;
        const QString version = AndroidPolicyBuilder::forDevice(m_db, device).value(QLatin1String("version")).toString();
        return repo.record(d.deviceId, AndroidPolicyFacts::fromAcknowledgement(m_db, device, version, true, true, {}), at);
    }

    Database &m_db;
    QRandomGenerator &m_rng;
    QHash<qint64, qint64> m_effective;
};

} // namespace

Status DemoFactSeeder::seed(qint64 now)
{
    QRandomGenerator rng(m_seed ^ 0x5eedfac7u);
    DemoDevice device(m_db, rng);
    for (const ComplianceInput &d : ComplianceRepository(m_db).checkedInWithoutFacts())
        if (Status s = device.report(d, d.lastSeen > 0 ? d.lastSeen : now); !s)
            return s;
    VendorRepository vendors(m_db);
    if (!vendors.list().isEmpty())
        return Status::success();
    const qint64 year = 365 * 86400;
    QList<Vendor> demo = {
        {0, QStringLiteral("Apple Push Notification service"), QCoreApplication::translate("DemoFactSeeder", "Wakes Apple devices (no ePHI in pushes)"),
         false, 0, 0, QCoreApplication::translate("DemoFactSeeder", "Push payload is only the PushMagic token; no BAA needed")},
        {0, QStringLiteral("Firebase Cloud Messaging (Google)"), QCoreApplication::translate("DemoFactSeeder", "Wakes the Android agent (no ePHI in messages)"),
         false, 0, 0, QCoreApplication::translate("DemoFactSeeder", "Data messages carry no patient data; no BAA needed")},
        {0, QStringLiteral("Example EHR Vendor Inc."), QCoreApplication::translate("DemoFactSeeder", "EHR client and FHIR server"), true,
         now - year, now + 2 * year, QCoreApplication::translate("DemoFactSeeder", "BAA on file with the practice manager")},
        {0, QStringLiteral("Example Secure Messaging Ltd."), QCoreApplication::translate("DemoFactSeeder", "Clinical messaging"), true,
         now - 200 * 86400, now + 165 * 86400, {}},
    };
    for (Vendor &v : demo)
        if (Status s = vendors.add(v, now); !s)
            return s;
    return Status::success();
}
