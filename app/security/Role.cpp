#include "security/Role.h"

#include <QCoreApplication>

namespace RoleInfo {

QList<Role> all() { return {Role::Administrator, Role::Technician, Role::Auditor}; }

QString dbName(Role r)
{
    switch (r) {
    case Role::Administrator:
        return QStringLiteral("Administrator");
    case Role::Technician:
        return QStringLiteral("Technician");
    case Role::Auditor:
        return QStringLiteral("Auditor");
    }
    return {};
}

QString displayName(Role r)
{
    switch (r) {
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Technician:
        return QCoreApplication::translate("Role", "Technician");
    case Role::Auditor:
        return QCoreApplication::translate("Role", "Auditor");
    }
    return {};
}

std::optional<Role> fromName(const QString &name)
{
    for (Role r : all())
        if (dbName(r).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

} // namespace RoleInfo
