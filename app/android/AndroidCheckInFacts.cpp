#include "android/AndroidCheckInFacts.h"

#include "fleet/DeviceFact.h"

namespace {
QString boolText(const QJsonValue &v) { return v.toBool() ? QStringLiteral("true") : QStringLiteral("false"); }
}

namespace AndroidCheckInFacts {

QHash<QString, QString> fromCheckIn(const QJsonObject &msg, const QString &serial)
{
    QHash<QString, QString> facts{
        {DeviceFact::Serial, serial},
        {DeviceFact::Model, msg.value(QLatin1String("model")).toString()},
        {DeviceFact::OsVersion, msg.value(QLatin1String("androidVersion")).toString()},
        {DeviceFact::SecurityPatch, msg.value(QLatin1String("securityPatch")).toString()},
        {DeviceFact::Encrypted, boolText(msg.value(QLatin1String("encrypted")))},
        {DeviceFact::PasscodeCompliant, boolText(msg.value(QLatin1String("passcodeCompliant")))},
        {DeviceFact::ManagementMode, msg.value(QLatin1String("managementMode")).toString()},
    };
    if (msg.contains(QLatin1String("passcodePresent")))
        facts.insert(DeviceFact::PasscodePresent, boolText(msg.value(QLatin1String("passcodePresent"))));
    if (msg.contains(QLatin1String("vpnConnected")))
        facts.insert(DeviceFact::VpnAlwaysOn, boolText(msg.value(QLatin1String("vpnConnected"))));
    if (msg.contains(QLatin1String("kioskActive")))
        facts.insert(DeviceFact::KioskActive, boolText(msg.value(QLatin1String("kioskActive"))));
    return facts;
}

} // namespace AndroidCheckInFacts
