#include "db/SchemaV2.h"

namespace SchemaV2 {

QList<SchemaStatement> statements()
{
    return {
        // One-time MFA recovery codes, stored only as hashes.
        {R"(CREATE TABLE admin_recovery_codes (
              id ${ID},
              admin_id BIGINT NOT NULL REFERENCES admin_users(id) ON DELETE CASCADE,
              code_hash TEXT NOT NULL,
              used_at BIGINT))"},
        {"CREATE INDEX admin_recovery_codes_by_admin ON admin_recovery_codes(admin_id)"},
        // A checkpoint signs the chain hash of the audit entry `upto_id` with the console's audit key.
        {R"(CREATE TABLE audit_checkpoints (
              id ${ID},
              upto_id BIGINT NOT NULL,
              upto_hash TEXT NOT NULL,
              signature TEXT NOT NULL,
              key_fingerprint TEXT NOT NULL,
              created_at BIGINT NOT NULL))"},
        {R"(CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
            BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END)", true},
    };
}

} // namespace SchemaV2
