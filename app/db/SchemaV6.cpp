#include "db/SchemaV6.h"

namespace SchemaV6 {

QList<SchemaStatement> statements()
{
    return {
        // The search text followed by every column the device table filters on: a search combined
        // with filters ("kiosk" + COSU + Front desk) is then decided by one scan of this index,
        // without reading a single table row for the devices it rejects. The narrower
        // devices_by_search stays for text alone (less to scan).
        {"CREATE INDEX devices_by_search_filters ON devices(search_text, platform, ownership, enrollment_state, "
         "department)"},
    };
}

} // namespace SchemaV6
