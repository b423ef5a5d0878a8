#include "commands/DeviceActionRules.h"

#include "fleet/ReenrollmentService.h"
#include "kiosk/KioskMaintenanceService.h"
#include "lost/LostModeService.h"
#include "security/AdminSession.h"
#include "security/Role.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("DeviceActionRules", text); }

DeviceActionRules::Verdict refused(const QString &key, const QString &message)
{
    return {Status::failure(ErrorCode::PermissionDenied, message), key};
}
} // namespace

DeviceActionRules::DeviceActionRules(Database *db, const AdminSession *session) : m_db(db), m_session(session) {}

bool DeviceActionRules::visible(const DeviceActionDeclaration &action) const
{
    return m_session && m_session->can(action.permission);
}

DeviceActionRules::Verdict DeviceActionRules::check(const DeviceActionDeclaration &action, const Device &device, bool alone) const
{
    if (!m_session)
        return refused(QStringLiteral("no-session"), tr("Sign in first."));
    // can(), not require(): asking whether an action applies is not an attempt (require() audits a
    // denial), and a lapsed re-authentication is asked for when the action runs, not here.
    if (!m_session->can(action.permission))
        return refused(QStringLiteral("permission"), QCoreApplication::translate("AdminSession", "A %1 may not %2.")
                                                         .arg(RoleInfo::displayName(m_session->role()), PermissionInfo::displayName(action.permission)));
    if (!action.wipedToo && device.state == EnrollmentState::Wiped)
        return refused(QStringLiteral("wiped"), tr("%1 has been wiped.").arg(device.name));
    const bool personal = device.ownership == Ownership::BYOD;
    if (personal && action.notByod)
        return refused(QStringLiteral("byod"), action.byodReason ? tr(action.byodReason)
                                                                 : tr("%1 is a personal (BYOD) device.").arg(device.name));
    if (personal && action.byodOneAtATime && !alone)
        return refused(QStringLiteral("byod-bulk"),
                       tr("%1 is a personal (BYOD) device: select it on its own for this, never in a bulk action.")
                           .arg(device.name));
    if (action.sharedOnly && device.ownership != Ownership::Shared)
        return refused(QStringLiteral("not-shared"), tr("%1 is not a shared clinical tablet.").arg(device.name));
    if (!action.ownerships.isEmpty() && !action.ownerships.contains(device.ownership))
        return refused(QStringLiteral("ownership"), tr("Not for %1 devices.").arg(DeviceTypes::displayName(device.ownership)));
    if (!action.platforms.isEmpty() && !action.platforms.contains(device.platform))
        return refused(QStringLiteral("platform"), tr("Not for %1 devices.").arg(DeviceTypes::displayName(device.platform)));
    if (action.kioskOnly && !(m_db && KioskMaintenanceService(*m_db).hasKiosk(device.id)))
        return refused(QStringLiteral("not-kiosk"), tr("%1 is not a kiosk.").arg(device.name));
    for (ActionCondition c : action.conditions)
        if (Verdict v = checkCondition(c, device); !v.status)
            return v;
    return {};
}

DeviceActionRules::Verdict DeviceActionRules::checkCondition(ActionCondition condition, const Device &device) const
{
    if (!m_db)
        return refused(QStringLiteral("no-database"), tr("No fleet database is open."));
    switch (condition) {
    case ActionCondition::NotInKioskMaintenance:
        if (KioskMaintenanceService(*m_db).inMaintenance(device.id))
            return refused(QStringLiteral("in-maintenance"), tr("%1 is already out of kiosk mode for maintenance.").arg(device.name));
        return {};
    case ActionCondition::InKioskMaintenance:
        if (!KioskMaintenanceService(*m_db).inMaintenance(device.id))
            return refused(QStringLiteral("not-in-maintenance"), tr("%1 is in kiosk mode.").arg(device.name));
        return {};
    case ActionCondition::LostModeEligible:
    case ActionCondition::ReportedLostMode: {
        const LostModeStatus lost = LostModeService(*m_db).status(*m_session, device);
        if (!lost.eligible)
            return {lost.whyNot, QStringLiteral("lost-mode-ineligible")};
        if (condition == ActionCondition::ReportedLostMode && !lost.inLostMode)
            return refused(QStringLiteral("not-lost"),
                           tr("The device has not reported being in Lost Mode: put it in Lost Mode first"));
        return {};
    }
    case ActionCondition::ReenrollmentApplies:
        return {ReenrollmentService(*m_db).applies(device), QStringLiteral("reenrollment")};
    }
    return {};
}

Status DeviceActionRules::acceptsSelection(const DeviceActionDeclaration &action, const QList<Device> &selection) const
{
    if (selection.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, action.multiple ? tr("Select one or more devices") : tr("Select one device"));
    if (selection.size() > 1 && !action.multiple)
        return Status::failure(ErrorCode::InvalidInput, tr("Select one device"));
    Status first;
    for (const Device &d : selection) {
        const Verdict v = check(action, d, selection.size() == 1);
        if (v.status)
            return Status::success();
        if (first)
            first = v.status;
    }
    return first;
}
