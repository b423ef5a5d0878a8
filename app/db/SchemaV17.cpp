#include "db/SchemaV17.h"

namespace SchemaV17 {

QList<SchemaStatement> statements()
{
    return {
        // One row per maintenance window. resumed_at NULL: the kiosk is still out of kiosk mode and
        // goes back at ends_at (the scheduler also catches up after a console restart). A device has
        // at most one open window.
        {R"(CREATE TABLE kiosk_maintenance (
              id ${ID},
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              policy_id BIGINT NOT NULL,
              reason TEXT NOT NULL,
              started_by TEXT NOT NULL,
              started_at BIGINT NOT NULL,
              ends_at BIGINT NOT NULL,
              resumed_at BIGINT,
              resumed_by TEXT NOT NULL DEFAULT ''))"},
        {"CREATE INDEX kiosk_maintenance_open ON kiosk_maintenance(resumed_at, ends_at)"},
        {"CREATE INDEX kiosk_maintenance_by_device ON kiosk_maintenance(device_id, started_at)"},
    };
}

} // namespace SchemaV17
