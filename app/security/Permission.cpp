#include "security/Permission.h"

#include <QCoreApplication>

namespace {
struct Row {
    Permission permission;
    const char *name;
    const char *display;
};

const Row kRows[] = {
    {Permission::ViewFleet, "ViewFleet", QT_TRANSLATE_NOOP("Permission", "view the fleet")},
    {Permission::EnrollDevices, "EnrollDevices", QT_TRANSLATE_NOOP("Permission", "enroll devices")},
    {Permission::EditInventory, "EditInventory", QT_TRANSLATE_NOOP("Permission", "edit the inventory")},
    {Permission::LockDevice, "LockDevice", QT_TRANSLATE_NOOP("Permission", "lock a device")},
    {Permission::SelectiveWipe, "SelectiveWipe", QT_TRANSLATE_NOOP("Permission", "wipe work data from a device")},
    {Permission::FullWipe, "FullWipe", QT_TRANSLATE_NOOP("Permission", "wipe a whole device")},
    {Permission::ManagePolicies, "ManagePolicies", QT_TRANSLATE_NOOP("Permission", "change policies")},
    {Permission::ManageSettings, "ManageSettings", QT_TRANSLATE_NOOP("Permission", "change console settings")},
    {Permission::ManageAccounts, "ManageAccounts", QT_TRANSLATE_NOOP("Permission", "manage admin accounts")},
    {Permission::ViewAccounts, "ViewAccounts", QT_TRANSLATE_NOOP("Permission", "view admin accounts")},
    {Permission::ViewAudit, "ViewAudit", QT_TRANSLATE_NOOP("Permission", "view the audit trail")},
    {Permission::VerifyAudit, "VerifyAudit", QT_TRANSLATE_NOOP("Permission", "verify the audit trail")},
    {Permission::ExportAudit, "ExportAudit", QT_TRANSLATE_NOOP("Permission", "export the audit trail")},
    {Permission::ExportReports, "ExportReports", QT_TRANSLATE_NOOP("Permission", "export reports")},
    {Permission::ManageCertificates, "ManageCertificates", QT_TRANSLATE_NOOP("Permission", "manage certificates")},
    {Permission::KioskMaintenance, "KioskMaintenance", QT_TRANSLATE_NOOP("Permission", "take a kiosk out of kiosk mode")},
    {Permission::LostMode, "LostMode", QT_TRANSLATE_NOOP("Permission", "put a device in Lost Mode and locate it")},
    {Permission::ExpectReenrollment, "ExpectReenrollment", QT_TRANSLATE_NOOP("Permission", "expect a device's re-enrollment")},
};

const Row &row(Permission p)
{
    for (const Row &r : kRows)
        if (r.permission == p)
            return r;
    Q_UNREACHABLE();
}
} // namespace

namespace PermissionInfo {

QList<Permission> all()
{
    QList<Permission> out;
    for (const Row &r : kRows)
        out << r.permission;
    return out;
}

QString name(Permission p) { return QString::fromLatin1(row(p).name); }

QString displayName(Permission p) { return QCoreApplication::translate("Permission", row(p).display); }

} // namespace PermissionInfo
