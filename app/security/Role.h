#pragma once

#include <QList>
#include <QString>

#include <optional>

// The three admin roles (issue 3). Stored in admin_users.role by their English name.
enum class Role { Administrator, Technician, Auditor };

namespace RoleInfo {
QList<Role> all();
QString dbName(Role r);                       // "Administrator", ...
QString displayName(Role r);                  // translated
std::optional<Role> fromName(const QString &name); // case-insensitive db name
}
