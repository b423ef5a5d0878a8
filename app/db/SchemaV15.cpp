#include "db/SchemaV15.h"

namespace SchemaV15 {

QList<SchemaStatement> statements()
{
    return {
        // A schedule targets one device or one group (exactly one). days_mask: bit 0 Monday ...
        // bit 6 Sunday. local_time: HH:MM in the console's local time. last_run_at: when the
        // console last ran it (NULL: never), so a console that was off catches up once.
        {R"(CREATE TABLE reset_schedules (
              id ${ID},
              device_id BIGINT REFERENCES devices(id) ON DELETE CASCADE,
              group_id BIGINT REFERENCES device_groups(id) ON DELETE CASCADE,
              days_mask INTEGER NOT NULL CHECK (days_mask BETWEEN 1 AND 127),
              local_time TEXT NOT NULL CHECK (length(local_time) = 5),
              enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
              last_run_at BIGINT,
              created_by TEXT NOT NULL,
              created_at BIGINT NOT NULL,
              updated_at BIGINT NOT NULL,
              CHECK ((device_id IS NULL) <> (group_id IS NULL))))"},
        {"CREATE INDEX reset_schedules_by_device ON reset_schedules(device_id)"},
        {"CREATE INDEX reset_schedules_by_group ON reset_schedules(group_id)"},
    };
}

} // namespace SchemaV15
