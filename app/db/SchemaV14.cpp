#include "db/SchemaV14.h"

namespace SchemaV14 {

QList<SchemaStatement> statements()
{
    return {
        // One row per session on a shared device. ended_at NULL: still signed in. A device has at
        // most one open session (a new sign-in ends the previous one as 'superseded').
        {R"(CREATE TABLE device_sessions (
              id ${ID},
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              user_name TEXT NOT NULL,
              source TEXT NOT NULL CHECK (source IN ('agent','apple','console')),
              started_at BIGINT NOT NULL,
              ended_at BIGINT,
              end_reason TEXT NOT NULL DEFAULT ''
                  CHECK (end_reason IN ('','signout','timeout','superseded','reset'))))"},
        {"CREATE INDEX device_sessions_by_device ON device_sessions(device_id, started_at)"},
    };
}

} // namespace SchemaV14
