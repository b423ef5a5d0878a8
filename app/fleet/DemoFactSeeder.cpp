#include "fleet/DemoFactSeeder.h"

#include "compliance/ComplianceRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "report/VendorRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace {

QString boolText(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }

QHash<QString, QString> factsFor(const ComplianceInput &d, QRandomGenerator &rng, qint64 now)
{
    auto chance = [&](int percent) { return int(rng.bounded(100)) < percent; };
    const bool android = d.platform == Platform::Android;
    QHash<QString, QString> f;
    f.insert(DeviceFact::OsVersion, d.osVersion);
    f.insert(DeviceFact::Encrypted, boolText(chance(d.ownership == Ownership::BYOD ? 93 : 97)));
    const bool kiosk = d.ownership == Ownership::COSU;
    const bool passcode = kiosk ? false : chance(95);
    f.insert(DeviceFact::PasscodePresent, boolText(passcode));
    f.insert(DeviceFact::PasscodeCompliant, boolText(passcode && chance(94)));
    static const QList<int> personalLocks = {60, 120, 300, 300, 300, 300, 300, 120, 600, 0};
    const int lock = kiosk ? 0 : d.ownership == Ownership::Shared ? (chance(92) ? 120 : 300)
                                                                   : personalLocks[int(rng.bounded(int(personalLocks.size())))];
    f.insert(DeviceFact::AutoLockSeconds, QString::number(lock));
    QString mode;
    if (d.ownership == Ownership::BYOD)
        mode = android ? QStringLiteral("work_profile") : QStringLiteral("user_enrollment");
    else
        mode = android ? (d.ownership == Ownership::COPE ? QStringLiteral("org_owned_work_profile") : QStringLiteral("device_owner"))
                       : QStringLiteral("device_enrollment");
    f.insert(DeviceFact::ManagementMode, mode);
    if (!android)
        f.insert(DeviceFact::Supervised, boolText(d.ownership != Ownership::BYOD));
    f.insert(DeviceFact::VpnAlwaysOn, boolText(d.ownership != Ownership::BYOD && chance(94)));
    if (kiosk)
        f.insert(DeviceFact::KioskActive, QStringLiteral("true"));
    // Demo devices behave as if they had applied version 1 of the policy they are given (there is no
    // real device to acknowledge it); a few lag behind, so integrity shows both states.
    if (chance(92))
        f.insert(DeviceFact::PolicyVersion, QStringLiteral("1"));
    if (android) {
        const qint64 age = chance(90) ? 10 + rng.bounded(70) : 95 + rng.bounded(200);
        f.insert(DeviceFact::SecurityPatch, QDateTime::fromSecsSinceEpoch(now - age * 86400, Qt::UTC).date().toString(Qt::ISODate));
    }
    return f;
}

} // namespace

Status DemoFactSeeder::seed(qint64 now)
{
    QRandomGenerator rng(m_seed ^ 0x5eedfac7u);
    DeviceFactRepository facts(m_db);
    for (const ComplianceInput &d : ComplianceRepository(m_db).checkedInWithoutFacts())
        if (Status s = facts.record(d.deviceId, factsFor(d, rng, d.lastSeen > 0 ? d.lastSeen : now), d.lastSeen); !s)
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
