#include "commands/DeviceActionCatalog.h"

#include <QCoreApplication>

namespace DeviceActionCatalog {

const QList<DeviceActionDeclaration> &all()
{
    using C = ActionCondition;
    auto decl = [](const QString &id, Permission p, bool multiple) {
        DeviceActionDeclaration d;
        d.id = id;
        d.permission = p;
        d.multiple = multiple;
        return d;
    };
    static const QList<DeviceActionDeclaration> table = [&] {
        QList<DeviceActionDeclaration> t;
        t << decl(Id::Lock, Permission::LockDevice, true);
        DeviceActionDeclaration wipe = decl(Id::SelectiveWipe, Permission::SelectiveWipe, true);
        wipe.byodOneAtATime = true;
        t << wipe;
        DeviceActionDeclaration erase = decl(Id::FullWipe, Permission::FullWipe, false);
        erase.notByod = true;
        erase.byodReason = QT_TRANSLATE_NOOP("DeviceActionRules", "A personal (BYOD) device is never erased: use a selective wipe, "
                                                                  "which removes only the clinic's apps and data.");
        t << erase;
        DeviceActionDeclaration reset = decl(Id::ResetForNextPatient, Permission::LockDevice, true);
        reset.sharedOnly = true;
        t << reset;
        DeviceActionDeclaration schedule = decl(Id::ResetSchedule, Permission::ViewFleet, false);
        schedule.sharedOnly = true;
        t << schedule;
        DeviceActionDeclaration signOut = decl(Id::SignOutUser, Permission::LockDevice, false);
        signOut.sharedOnly = true;
        signOut.platforms = {Platform::iOS, Platform::iPadOS}; // Android tablets sign out on the tablet
        t << signOut;
        DeviceActionDeclaration privacy = decl(Id::PrivacyManifest, Permission::ViewFleet, false);
        privacy.wipedToo = true;
        t << privacy;
        DeviceActionDeclaration leave = decl(Id::LeaveKiosk, Permission::KioskMaintenance, false);
        leave.kioskOnly = true;
        leave.conditions = {C::NotInKioskMaintenance};
        t << leave;
        DeviceActionDeclaration resume = decl(Id::ResumeKiosk, Permission::KioskMaintenance, false);
        resume.wipedToo = true;
        resume.conditions = {C::InKioskMaintenance};
        t << resume;
        // Lost Mode: the engine's eligibility decides, wiped or not (it says why).
        for (const QString &id : {Id::LostMode, Id::EndLostMode, Id::Locate, Id::PlaySound}) {
            DeviceActionDeclaration lost = decl(id, Permission::LostMode, false);
            lost.wipedToo = true;
            lost.conditions = {C::LostModeEligible};
            if (id == Id::Locate || id == Id::PlaySound)
                lost.conditions << C::ReportedLostMode;
            t << lost;
        }
        DeviceActionDeclaration reenroll = decl(Id::ExpectReenrollment, Permission::ExpectReenrollment, false);
        reenroll.wipedToo = true; // a wiped device is the usual case; the service decides
        reenroll.conditions = {C::ReenrollmentApplies};
        t << reenroll;
        t << decl(Id::AddToGroup, Permission::EditInventory, true);
        t << decl(Id::AssignPolicy, Permission::ManagePolicies, true);
        t << decl(Id::InstallApp, Permission::ManagePolicies, true);
        t << decl(Id::PushNow, Permission::LockDevice, true);
        return t;
    }();
    return table;
}

std::optional<DeviceActionDeclaration> find(const QString &id)
{
    for (const DeviceActionDeclaration &d : all())
        if (d.id == id)
            return d;
    return std::nullopt;
}

} // namespace DeviceActionCatalog
