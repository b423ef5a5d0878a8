#include "db/SchemaV20.h"

namespace SchemaV20 {

QList<SchemaStatement> statements()
{
    return {
        // PostgreSQL triggers call a function; the message names what was refused. TRUNCATE
        // bypasses row triggers, so it gets a statement trigger of its own.
        {R"(CREATE FUNCTION clinicmdm_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '% are append-only', TG_ARGV[0]; END $$)", false, true},
        {R"(CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
            FOR EACH ROW EXECUTE FUNCTION clinicmdm_refuse_change('audit events'))", false, true},
        {R"(CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
            FOR EACH ROW EXECUTE FUNCTION clinicmdm_refuse_change('audit events'))", false, true},
        {R"(CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
            FOR EACH STATEMENT EXECUTE FUNCTION clinicmdm_refuse_change('audit events'))", false, true},
        {R"(CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
            FOR EACH ROW EXECUTE FUNCTION clinicmdm_refuse_change('audit checkpoints'))", false, true},
    };
}

} // namespace SchemaV20
