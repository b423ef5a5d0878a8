#include "db/SchemaV10.h"

namespace SchemaV10 {

QList<SchemaStatement> statements()
{
    return {
        // The device credential: the SHA-256 of the client certificate the console CA issued from the
        // agent's CSR. Every request after enrollment is matched on it (mTLS).
        {R"(CREATE TABLE android_agents (
              device_id BIGINT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
              cert_sha256 TEXT NOT NULL UNIQUE,
              cert_not_after BIGINT NOT NULL,
              enrollment_id BIGINT REFERENCES enrollments(id) ON DELETE SET NULL,
              management_mode TEXT NOT NULL
                  CHECK (management_mode IN ('device_owner','work_profile','org_owned_work_profile')),
              policy_version_sent TEXT NOT NULL DEFAULT '',
              policy_version_applied TEXT NOT NULL DEFAULT '',
              revoked INTEGER NOT NULL DEFAULT 0,
              enrolled_at BIGINT NOT NULL,
              last_checkin_at BIGINT))"},
        // One row per device of a USB enrollment batch; the engine resumes from these after a crash.
        {R"(CREATE TABLE usb_enrollment_jobs (
              id ${ID},
              batch_id TEXT NOT NULL,
              serial TEXT NOT NULL,
              model TEXT NOT NULL DEFAULT '',
              state TEXT NOT NULL DEFAULT 'queued'
                  CHECK (state IN ('queued','checking','installing','owner','handover','waiting','enrolled','failed')),
              progress INTEGER NOT NULL DEFAULT 0,
              reason TEXT NOT NULL DEFAULT '',
              ownership TEXT NOT NULL CHECK (ownership IN ('BYOD','COPE','COSU','Shared')),
              department TEXT NOT NULL DEFAULT '',
              policy_id BIGINT,
              apk_path TEXT NOT NULL,
              apk_sha256 TEXT NOT NULL,
              enrollment_id BIGINT REFERENCES enrollments(id) ON DELETE SET NULL,
              device_id BIGINT REFERENCES devices(id) ON DELETE SET NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              created_by TEXT NOT NULL DEFAULT '',
              created_at BIGINT NOT NULL,
              updated_at BIGINT NOT NULL,
              UNIQUE (batch_id, serial)))"},
        {"CREATE INDEX usb_enrollment_jobs_by_state ON usb_enrollment_jobs(state, batch_id)"},
    };
}

} // namespace SchemaV10
