#include "apple/AppleProfileFacts.h"

#include "apple/Plist.h"
#include "fleet/DeviceFact.h"
#include "policy/AppleProfileCompiler.h"

#include <QRegularExpression>

namespace AppleProfileFacts {

QHash<QString, QString> fromInstalledProfile(const QVariantMap &command)
{
    QHash<QString, QString> facts;
    const qint64 policyId = command.value(QStringLiteral("PolicyId")).toLongLong();
    const int version = command.value(QStringLiteral("PolicyVersion")).toInt();
    QVariant profile;
    if (policyId <= 0 || version <= 0 || !Plist::parse(command.value(QStringLiteral("Payload")).toByteArray(), profile))
        return facts;
    // Only the main profile carries the policy's passcode and data-sharing limits; the kiosk and
    // supervised profiles are extras that can fail on their own.
    const QVariantMap p = profile.toMap();
    if (p.value(QStringLiteral("PayloadIdentifier")).toString() != AppleProfileCompiler::profileIdentifier(policyId))
        return facts;
    facts.insert(DeviceFact::PolicyVersion, QString::number(version));
    for (const QVariant &item : p.value(QStringLiteral("PayloadContent")).toList()) {
        const QVariantMap payload = item.toMap();
        if (payload.value(QStringLiteral("PayloadType")) == QLatin1String("com.apple.mobiledevice.passwordpolicy")
            && payload.contains(QStringLiteral("maxInactivity")))
            facts.insert(DeviceFact::AutoLockSeconds, QString::number(payload.value(QStringLiteral("maxInactivity")).toLongLong() * 60));
    }
    return facts;
}

bool hasPolicyProfile(const QVariantList &profileList)
{
    static const QRegularExpression main(QStringLiteral("^%1\\.\\d+$").arg(QRegularExpression::escape(QLatin1String(AppleProfileCompiler::IdentifierPrefix))));
    for (const QVariant &item : profileList)
        if (main.match(item.toMap().value(QStringLiteral("PayloadIdentifier")).toString()).hasMatch())
            return true;
    return false;
}

} // namespace AppleProfileFacts
