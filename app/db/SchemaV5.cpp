#include "db/SchemaV5.h"

namespace SchemaV5 {

QList<SchemaStatement> statements()
{
    return {
        // A TOTP code is valid for a window of steps; remembering the newest step used (across
        // processes: the command line signs in anew every run) stops a seen code being used again.
        {"ALTER TABLE admin_users ADD COLUMN totp_last_step BIGINT"},
    };
}

} // namespace SchemaV5
