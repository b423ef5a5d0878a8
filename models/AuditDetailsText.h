#pragma once

#include <QString>

// An audit entry's details as the admin reads them: the engine records moments as epoch seconds
// ("until=1796140800"), which the trail must keep byte for byte (it is hashed); the page shows them
// as a date and time in the admin's locale with a four-digit year ("until=14/12/2026 09:00").
namespace AuditDetailsText {
QString readable(const QString &details);
// The locale's short date and time with the year written out in full (RelativeTime::localDateTime).
QString localDateTime(qint64 epochSeconds);
}
