#include "db/SchemaV21.h"

namespace SchemaV21 {

QList<SchemaStatement> statements()
{
    return {
        // consumed_at NULL and expires_at in the future: open. consumed_by is the SHA-256 of the
        // identity certificate that claimed the record (never a secret).
        {R"(CREATE TABLE reenrollment_expectations (
              id ${ID},
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              created_by TEXT NOT NULL,
              created_at BIGINT NOT NULL,
              expires_at BIGINT NOT NULL,
              consumed_at BIGINT,
              consumed_by TEXT NOT NULL DEFAULT ''))"},
        {"CREATE INDEX reenrollment_expectations_by_device ON reenrollment_expectations(device_id, expires_at)"},
    };
}

} // namespace SchemaV21
