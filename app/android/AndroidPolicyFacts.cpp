#include "android/AndroidPolicyFacts.h"

#include "android/AndroidPolicyBuilder.h"
#include "android/AndroidPolicyRepository.h"
#include "fleet/DeviceFact.h"

namespace AndroidPolicyFacts {

QHash<QString, QString> fromAcknowledgement(Database &db, const Device &device, const QString &ackedVersion, bool taken, bool applied,
                                            const QStringList &notApplied)
{
    QHash<QString, QString> facts{{DeviceFact::PolicyNonCompliance, notApplied.join(QLatin1Char(','))}};
    // The acknowledged content is the device's current policy only if it is still what the console
    // would send; otherwise (changed meanwhile) nothing is claimed and the next fetch settles it.
    const QJsonObject current = AndroidPolicyBuilder::forDevice(db, device);
    if (current.value(QLatin1String("version")).toString() != ackedVersion)
        return facts;
    const std::optional<AndroidPolicyRepository::Row> assigned = AndroidPolicyRepository(db).assignedTo(device.id);
    // 0: the baseline (no console policy), or a policy the device did not apply in full.
    facts.insert(DeviceFact::PolicyVersion, QString::number(applied && assigned ? assigned->version : 0));
    if (taken && !notApplied.contains(QLatin1String("maximumTimeToLock")) && current.contains(QLatin1String("maximumTimeToLock")))
        facts.insert(DeviceFact::AutoLockSeconds, QString::number(current.value(QLatin1String("maximumTimeToLock")).toString().toLongLong() / 1000));
    return facts;
}

} // namespace AndroidPolicyFacts
