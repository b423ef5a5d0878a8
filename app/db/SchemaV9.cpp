#include "db/SchemaV9.h"

namespace SchemaV9 {

QList<SchemaStatement> statements()
{
    return {
        // One row per wake still to send. A sender claims a row (claimed_until, claimed_by =
        // host:pid) before sending, so two consoles on one database do not both send it; a sender
        // that dies lets the claim lapse, or a restart on the same host releases it at once: the
        // row is sent again (a wake is idempotent). The retry schedule is next_attempt_at.
        {R"(CREATE TABLE push_outbox (
              id ${ID},
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              origin TEXT NOT NULL DEFAULT '',
              created_at BIGINT NOT NULL,
              next_attempt_at BIGINT NOT NULL,
              claimed_until BIGINT NOT NULL DEFAULT 0,
              claimed_by TEXT NOT NULL DEFAULT '',
              attempts INTEGER NOT NULL DEFAULT 0,
              last_error TEXT NOT NULL DEFAULT ''))"},
        {"CREATE INDEX push_outbox_due ON push_outbox(next_attempt_at)"},
        {"CREATE INDEX push_outbox_device ON push_outbox(device_id)"},
        // The last push per device and how it ended: what the console and `devices show` print.
        {R"(CREATE TABLE push_delivery (
              device_id BIGINT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
              last_push_at BIGINT NOT NULL,
              result TEXT NOT NULL,
              reason TEXT NOT NULL DEFAULT '',
              attempts INTEGER NOT NULL DEFAULT 0))"},
        // The public halves of the push credentials (APNs certificate, pending CSR, APNs auth key id,
        // FCM service account) as JSON; their private keys live in the secret store.
        {R"(CREATE TABLE push_credentials (
              name TEXT PRIMARY KEY,
              metadata TEXT NOT NULL,
              updated_at BIGINT NOT NULL))"},
    };
}

} // namespace SchemaV9
