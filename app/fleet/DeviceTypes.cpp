#include "fleet/DeviceTypes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
}

namespace DeviceTypes {

QString toDb(Platform p)
{
    switch (p) {
    case Platform::iOS: return QStringLiteral("ios");
    case Platform::iPadOS: return QStringLiteral("ipados");
    case Platform::Android: return QStringLiteral("android");
    }
    return {};
}

QString toDb(Ownership o)
{
    switch (o) {
    case Ownership::BYOD: return QStringLiteral("BYOD");
    case Ownership::COPE: return QStringLiteral("COPE");
    case Ownership::COSU: return QStringLiteral("COSU");
    case Ownership::Shared: return QStringLiteral("Shared");
    }
    return {};
}

QString toDb(EnrollmentState s)
{
    switch (s) {
    case EnrollmentState::Pending: return QStringLiteral("pending");
    case EnrollmentState::Enrolled: return QStringLiteral("enrolled");
    case EnrollmentState::Unenrolled: return QStringLiteral("unenrolled");
    case EnrollmentState::Unreachable: return QStringLiteral("unreachable");
    case EnrollmentState::Wiped: return QStringLiteral("wiped");
    }
    return {};
}

std::optional<Platform> platformFromDb(const QString &s)
{
    const QString v = s.trimmed().toLower();
    if (v == QLatin1String("ios") || v == QLatin1String("iphone"))
        return Platform::iOS;
    if (v == QLatin1String("ipados") || v == QLatin1String("ipad"))
        return Platform::iPadOS;
    if (v == QLatin1String("android"))
        return Platform::Android;
    return std::nullopt;
}

std::optional<Ownership> ownershipFromDb(const QString &s)
{
    const QString v = s.trimmed().toLower();
    if (v == QLatin1String("byod"))
        return Ownership::BYOD;
    if (v == QLatin1String("cope"))
        return Ownership::COPE;
    if (v == QLatin1String("cosu") || v == QLatin1String("kiosk"))
        return Ownership::COSU;
    if (v == QLatin1String("shared"))
        return Ownership::Shared;
    return std::nullopt;
}

std::optional<EnrollmentState> stateFromDb(const QString &s)
{
    const QString v = s.trimmed().toLower();
    for (auto st : {EnrollmentState::Pending, EnrollmentState::Enrolled, EnrollmentState::Unenrolled,
                    EnrollmentState::Unreachable, EnrollmentState::Wiped})
        if (toDb(st) == v)
            return st;
    return std::nullopt;
}

QString displayName(Platform p)
{
    switch (p) {
    case Platform::iOS: return QCoreApplication::translate("DeviceTypes", "iOS");
    case Platform::iPadOS: return QCoreApplication::translate("DeviceTypes", "iPadOS");
    case Platform::Android: return QCoreApplication::translate("DeviceTypes", "Android");
    }
    return {};
}

QString displayName(Ownership o)
{
    switch (o) {
    case Ownership::BYOD: return QCoreApplication::translate("DeviceTypes", "Personal (BYOD)");
    case Ownership::COPE: return QCoreApplication::translate("DeviceTypes", "Corporate (COPE)");
    case Ownership::COSU: return QCoreApplication::translate("DeviceTypes", "Kiosk (COSU)");
    case Ownership::Shared: return QCoreApplication::translate("DeviceTypes", "Shared clinical");
    }
    return {};
}

QString ownershipDescription(Ownership o)
{
    switch (o) {
    case Ownership::BYOD: return QCoreApplication::translate("DeviceTypes", "A clinician's own phone: work profile only, selective wipe only, no personal data collected.");
    case Ownership::COPE: return QCoreApplication::translate("DeviceTypes", "Owned by the clinic, personal use allowed: full management and full wipe.");
    case Ownership::COSU: return QCoreApplication::translate("DeviceTypes", "Patient-facing kiosk locked to a single app.");
    case Ownership::Shared: return QCoreApplication::translate("DeviceTypes", "A tablet shared across shifts, with isolated sessions.");
    }
    return {};
}

QString displayName(EnrollmentState s)
{
    switch (s) {
    case EnrollmentState::Pending: return QCoreApplication::translate("DeviceTypes", "Pending");
    case EnrollmentState::Enrolled: return QCoreApplication::translate("DeviceTypes", "Enrolled");
    case EnrollmentState::Unenrolled: return QCoreApplication::translate("DeviceTypes", "Unenrolled");
    case EnrollmentState::Unreachable: return QCoreApplication::translate("DeviceTypes", "Unreachable");
    case EnrollmentState::Wiped: return QCoreApplication::translate("DeviceTypes", "Wiped");
    }
    return {};
}

QStringList allPlatformsDb() { return {QStringLiteral("ios"), QStringLiteral("ipados"), QStringLiteral("android")}; }
QStringList allOwnershipsDb()
{
    return {QStringLiteral("BYOD"), QStringLiteral("COPE"), QStringLiteral("COSU"), QStringLiteral("Shared")};
}
QStringList allStatesDb()
{
    return {QStringLiteral("pending"), QStringLiteral("enrolled"), QStringLiteral("unenrolled"),
            QStringLiteral("unreachable"), QStringLiteral("wiped")};
}

QString osVersionSortKey(const QString &version)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QStringList parts;
    auto it = digits.globalMatch(version);
    while (it.hasNext() && parts.size() < 4)
        parts << it.next().captured().rightJustified(5, QLatin1Char('0')).right(5);
    return parts.join(QLatin1Char('.'));
}

} // namespace DeviceTypes
