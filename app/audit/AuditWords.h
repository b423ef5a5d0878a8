#pragma once

#include <QString>

// What the audit trail stores is English and stable ("success", "Administrator"), so exports and
// verification never depend on the language; these give the words the admin reads for them.
namespace AuditWords {
QString roleName(const QString &storedRole);       // "Administrator", "System", "Device", ...
QString outcomeName(const QString &storedOutcome); // "success", "failure", "refused", ...
}
