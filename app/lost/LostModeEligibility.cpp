#include "lost/LostModeEligibility.h"

#include "fleet/DeviceFact.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LostModeEligibility", text);
}

LostModeEligibility::Verdict refused(ErrorCode code, const QString &reason, const QString &message)
{
    return {Status::failure(code, message), reason};
}

} // namespace

LostModeEligibility::Verdict LostModeEligibility::check(const Device &device, const QHash<QString, ReportedFact> &facts)
{
    const QString name = device.name.isEmpty() ? QString::number(device.id) : device.name;
    // Personal first: the clinician's privacy does not depend on the platform or the device's state.
    if (device.ownership == Ownership::BYOD)
        return refused(ErrorCode::PermissionDenied, QStringLiteral("byod"),
                       tr("%1 is a personal (BYOD) device: the clinic never puts it in Lost Mode nor asks where it is. "
                          "Lock it, or remove the clinic's data with a selective wipe.")
                           .arg(name));
    if (device.platform == Platform::Android)
        return refused(ErrorCode::InvalidInput, QStringLiteral("android"),
                       tr("%1 is an Android device: Lost Mode and location are for supervised iPhones and iPads only.").arg(name));
    if (device.state != EnrollmentState::Enrolled && device.state != EnrollmentState::Unreachable)
        return refused(ErrorCode::Conflict, QStringLiteral("not-enrolled"),
                       tr("%1 is %2: only an enrolled device receives Lost Mode commands.")
                           .arg(name, DeviceTypes::displayName(device.state).toLower()));
    if (facts.value(DeviceFact::Supervised).value != QLatin1String("true"))
        return refused(ErrorCode::Conflict, QStringLiteral("unsupervised"),
                       tr("%1 has not reported being supervised: Apple allows Lost Mode only on supervised devices.").arg(name));
    return {Status::success(), {}};
}

bool LostModeEligibility::inLostMode(const QHash<QString, ReportedFact> &facts)
{
    return facts.value(DeviceFact::LostMode).value == QLatin1String("true");
}
