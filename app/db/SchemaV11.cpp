#include "db/SchemaV11.h"

namespace SchemaV11 {

QList<SchemaStatement> statements()
{
    return {
        // One row per day and safeguard: the fleet roll-up as it stood that day (UTC), so trends need
        // no history of device facts. A day's row is overwritten until the day ends.
        {R"(CREATE TABLE compliance_snapshots (
              day BIGINT NOT NULL,
              safeguard TEXT NOT NULL,
              compliant INTEGER NOT NULL,
              non_compliant INTEGER NOT NULL,
              unknown INTEGER NOT NULL,
              taken_at BIGINT NOT NULL,
              PRIMARY KEY (day, safeguard)))"},
        {R"(CREATE TABLE vendors (
              id ${ID},
              name TEXT NOT NULL UNIQUE,
              service TEXT NOT NULL DEFAULT '',
              handles_ephi INTEGER NOT NULL DEFAULT 0,
              baa_signed_on BIGINT,
              baa_expires_on BIGINT,
              notes TEXT NOT NULL DEFAULT '',
              created_at BIGINT NOT NULL))"},
    };
}

} // namespace SchemaV11
