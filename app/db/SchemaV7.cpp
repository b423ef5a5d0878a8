#include "db/SchemaV7.h"

namespace SchemaV7 {

QList<SchemaStatement> statements()
{
    return {
        // One wake channel per device: APNs (token, PushMagic, topic from TokenUpdate) or FCM (the
        // agent's registration token). state records why a channel stopped working.
        {R"(CREATE TABLE push_tokens (
              device_id BIGINT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
              service TEXT NOT NULL CHECK (service IN ('apns','fcm')),
              token TEXT NOT NULL,
              push_magic TEXT NOT NULL DEFAULT '',
              topic TEXT NOT NULL DEFAULT '',
              state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','unregistered','invalid')),
              state_reason TEXT NOT NULL DEFAULT '',
              state_changed_at BIGINT,
              updated_at BIGINT NOT NULL))"},
        // Reported facts, each with the time it was reported, so compliance can say "which value,
        // reported when". Keys are the constants of fleet/DeviceFact.h.
        {R"(CREATE TABLE device_facts (
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              fact TEXT NOT NULL,
              value TEXT NOT NULL,
              reported_at BIGINT NOT NULL,
              PRIMARY KEY (device_id, fact)))"},
        {"CREATE INDEX device_facts_by_fact ON device_facts(fact, value)"},
        // Installed apps as the device last reported them. On a BYOD device only managed apps are
        // ever stored (the privacy boundary is enforced where data enters).
        {R"(CREATE TABLE device_apps (
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              identifier TEXT NOT NULL,
              name TEXT NOT NULL DEFAULT '',
              version TEXT NOT NULL DEFAULT '',
              managed INTEGER NOT NULL DEFAULT 0,
              reported_at BIGINT NOT NULL,
              PRIMARY KEY (device_id, identifier)))"},
    };
}

} // namespace SchemaV7
