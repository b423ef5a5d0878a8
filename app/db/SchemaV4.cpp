#include "db/SchemaV4.h"

namespace SchemaV4 {

QList<SchemaStatement> statements()
{
    return {
        // The searchable fields, lower-cased and joined by LF, written by DeviceRepository with every
        // insert and update. One LIKE over one narrow indexed column instead of seven LOWER(..) LIKE
        // over the whole table: the index is scanned instead of the table (5x less to read), and
        // the LF keeps a search from matching across two fields.
        {"ALTER TABLE devices ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"},
        // Backfill of existing rows. SQL lower() folds only ASCII on SQLite; the repository's own
        // (Unicode) folding replaces these values at the next update of each device.
        {R"(UPDATE devices SET search_text = lower(name || char(10) || COALESCE(serial, '') || char(10) || model
              || char(10) || COALESCE(imei, '') || char(10) || COALESCE(udid, '') || char(10) || department
              || char(10) || assigned_to))", true},
        {R"(UPDATE devices SET search_text = lower(name || chr(10) || COALESCE(serial, '') || chr(10) || model
              || chr(10) || COALESCE(imei, '') || chr(10) || COALESCE(udid, '') || chr(10) || department
              || chr(10) || assigned_to))", false, true},
        {"CREATE INDEX devices_by_search ON devices(search_text)"},
    };
}

} // namespace SchemaV4
