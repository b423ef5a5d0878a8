#include "security/AccessPolicy.h"

namespace {
enum : unsigned { Admin = 1u << 0, Tech = 1u << 1, Audit = 1u << 2 };

struct Rule {
    Permission permission;
    unsigned roles;
    bool reauthenticate;
};

// Technician: day-to-day device work, never anything that cannot be undone for a corporate device,
// nor settings or accounts. Auditor: reads, reports and the audit trail; changes nothing.
const Rule kRules[] = {
    {Permission::ViewFleet, Admin | Tech | Audit, false},
    {Permission::EnrollDevices, Admin | Tech, false},
    {Permission::EditInventory, Admin | Tech, false},
    {Permission::LockDevice, Admin | Tech, false},
    {Permission::SelectiveWipe, Admin | Tech, false},
    {Permission::FullWipe, Admin, true},
    {Permission::ManagePolicies, Admin, false},
    {Permission::ManageSettings, Admin, false},
    {Permission::ManageAccounts, Admin, true},
    {Permission::ViewAccounts, Admin | Audit, false},
    {Permission::ViewAudit, Admin | Audit, false},
    {Permission::VerifyAudit, Admin | Audit, false},
    {Permission::ExportAudit, Admin | Audit, true},
    {Permission::ExportReports, Admin | Audit, false},
    {Permission::ManageCertificates, Admin, true},
    {Permission::KioskMaintenance, Admin, false},
    // Locating a device reveals where a person is: Administrators only, freshly authenticated.
    {Permission::LostMode, Admin, true},
    // Opens a device's record to a new identity: whoever enrolls with it in the window becomes
    // that device, so Administrators only, freshly authenticated.
    {Permission::ExpectReenrollment, Admin, true},
};

unsigned bit(Role r)
{
    switch (r) {
    case Role::Administrator:
        return Admin;
    case Role::Technician:
        return Tech;
    case Role::Auditor:
        return Audit;
    }
    return 0;
}

const Rule *rule(Permission p)
{
    for (const Rule &r : kRules)
        if (r.permission == p)
            return &r;
    return nullptr; // a permission without a rule is allowed to nobody
}
} // namespace

namespace AccessPolicy {

bool allows(Role role, Permission permission)
{
    const Rule *r = rule(permission);
    return r && (r->roles & bit(role)) != 0;
}

bool needsReauthentication(Permission permission)
{
    const Rule *r = rule(permission);
    return !r || r->reauthenticate;
}

} // namespace AccessPolicy
