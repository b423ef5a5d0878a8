#include "db/SchemaV8.h"

namespace SchemaV8 {

QList<SchemaStatement> statements()
{
    return {
        // The SCEP challenge of an open enrollment: only its SHA-256 is kept, and used_at makes it
        // one-time. A new profile download replaces the enrollment's challenge.
        {R"(CREATE TABLE apple_scep_challenges (
              enrollment_id BIGINT PRIMARY KEY REFERENCES enrollments(id) ON DELETE CASCADE,
              challenge_hash TEXT NOT NULL UNIQUE,
              created_at BIGINT NOT NULL,
              used_at BIGINT))"},
        // Every identity certificate issued through SCEP. Authenticate binds it to a device; the
        // check-in and command endpoints then find the device by the signer's SHA-256 (the key).
        {R"(CREATE TABLE apple_identities (
              cert_sha256 TEXT PRIMARY KEY,
              enrollment_id BIGINT NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
              device_id BIGINT REFERENCES devices(id) ON DELETE CASCADE,
              subject TEXT NOT NULL DEFAULT '',
              serial TEXT NOT NULL DEFAULT '',
              state TEXT NOT NULL DEFAULT 'issued' CHECK (state IN ('issued','bound','retired')),
              issued_at BIGINT NOT NULL,
              not_after BIGINT NOT NULL,
              bound_at BIGINT))"},
        {"CREATE INDEX apple_identities_by_device ON apple_identities(device_id)"},
        {"CREATE INDEX apple_identities_by_enrollment ON apple_identities(enrollment_id)"},
        {R"(CREATE TABLE apple_device_secrets (
              device_id BIGINT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
              unlock_token ${BLOB},
              updated_at BIGINT NOT NULL))"},
    };
}

} // namespace SchemaV8
