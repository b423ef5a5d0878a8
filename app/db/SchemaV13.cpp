#include "db/SchemaV13.h"

namespace SchemaV13 {

QList<SchemaStatement> statements()
{
    return {
        // config_schema: the managed configuration keys the app understands, with their types
        // (JSON array); config_values: the clinic's values for them (JSON object), validated
        // against the schema before they are stored.
        {R"(CREATE TABLE catalog_apps (
              id ${ID},
              name TEXT NOT NULL,
              platform TEXT NOT NULL CHECK (platform IN ('apple','android')),
              identifier TEXT NOT NULL,
              source TEXT NOT NULL CHECK (source IN ('store','manifest','apk')),
              store_id TEXT NOT NULL DEFAULT '',
              manifest_url TEXT NOT NULL DEFAULT '',
              apk_path TEXT NOT NULL DEFAULT '',
              apk_sha256 TEXT NOT NULL DEFAULT '',
              version TEXT NOT NULL DEFAULT '',
              vpn_uuid TEXT NOT NULL DEFAULT '',
              config_schema TEXT NOT NULL DEFAULT '[]',
              config_values TEXT NOT NULL DEFAULT '{}',
              created_at BIGINT NOT NULL,
              updated_at BIGINT NOT NULL,
              UNIQUE (platform, identifier)))"},
        {R"(CREATE TABLE catalog_assignments (
              app_id BIGINT NOT NULL REFERENCES catalog_apps(id) ON DELETE CASCADE,
              group_id BIGINT NOT NULL REFERENCES device_groups(id) ON DELETE CASCADE,
              created_at BIGINT NOT NULL,
              PRIMARY KEY (app_id, group_id)))"},
    };
}

} // namespace SchemaV13
