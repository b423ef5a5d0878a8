#include "db/SchemaV1.h"

namespace SchemaV1 {

QList<SchemaStatement> statements()
{
    return {
        {R"(CREATE TABLE device_groups (
              id ${ID},
              name TEXT NOT NULL UNIQUE,
              description TEXT NOT NULL DEFAULT '',
              created_at BIGINT NOT NULL))"},
        {R"(CREATE TABLE devices (
              id ${ID},
              name TEXT NOT NULL DEFAULT '',
              platform TEXT NOT NULL CHECK (platform IN ('ios','ipados','android')),
              udid TEXT UNIQUE,
              serial TEXT UNIQUE,
              imei TEXT,
              model TEXT NOT NULL DEFAULT '',
              os_version TEXT NOT NULL DEFAULT '',
              os_version_key TEXT NOT NULL DEFAULT '',
              ownership TEXT NOT NULL CHECK (ownership IN ('BYOD','COPE','COSU','Shared')),
              department TEXT NOT NULL DEFAULT '',
              assigned_to TEXT NOT NULL DEFAULT '',
              enrollment_state TEXT NOT NULL DEFAULT 'pending'
                  CHECK (enrollment_state IN ('pending','enrolled','unenrolled','unreachable','wiped')),
              last_seen BIGINT,
              created_at BIGINT NOT NULL,
              updated_at BIGINT NOT NULL))"},
        // Sorting happens in SQL (the device table pages in), so every sortable column is indexed.
        {"CREATE INDEX devices_by_name ON devices(name, id)"},
        {"CREATE INDEX devices_by_platform ON devices(platform, id)"},
        {"CREATE INDEX devices_by_model ON devices(model, id)"},
        {"CREATE INDEX devices_by_os ON devices(os_version_key, id)"},
        {"CREATE INDEX devices_by_ownership ON devices(ownership, id)"},
        {"CREATE INDEX devices_by_department ON devices(department, id)"},
        {"CREATE INDEX devices_by_assigned ON devices(assigned_to, id)"},
        {"CREATE INDEX devices_by_state ON devices(enrollment_state, id)"},
        {"CREATE INDEX devices_by_last_seen ON devices(last_seen, id)"},
        {R"(CREATE TABLE group_members (
              group_id BIGINT NOT NULL REFERENCES device_groups(id) ON DELETE CASCADE,
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              PRIMARY KEY (group_id, device_id)))"},
        {R"(CREATE TABLE enrollments (
              id ${ID},
              device_id BIGINT REFERENCES devices(id) ON DELETE SET NULL,
              platform TEXT NOT NULL,
              ownership TEXT NOT NULL CHECK (ownership IN ('BYOD','COPE','COSU','Shared')),
              method TEXT NOT NULL CHECK (method IN ('profile','usb','qr','token')),
              department TEXT NOT NULL DEFAULT '',
              policy_id BIGINT,
              secret_hash TEXT,
              identity_cert_sha256 TEXT,
              state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','used','expired','revoked')),
              created_by TEXT NOT NULL DEFAULT '',
              created_at BIGINT NOT NULL,
              expires_at BIGINT,
              completed_at BIGINT))"},
        {"CREATE INDEX enrollments_by_device ON enrollments(device_id)"},
        {R"(CREATE TABLE commands (
              id ${ID},
              uuid TEXT NOT NULL UNIQUE,
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              request_type TEXT NOT NULL,
              payload ${BLOB},
              priority INTEGER NOT NULL DEFAULT 0,
              status TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued','sent','acknowledged','error','notnow','cancelled','expired')),
              attempts INTEGER NOT NULL DEFAULT 0,
              queued_by TEXT NOT NULL DEFAULT '',
              queued_at BIGINT NOT NULL,
              sent_at BIGINT,
              completed_at BIGINT,
              expires_at BIGINT))"},
        {"CREATE INDEX commands_next ON commands(device_id, status, priority, queued_at)"},
        {R"(CREATE TABLE command_results (
              id ${ID},
              command_id BIGINT NOT NULL REFERENCES commands(id) ON DELETE CASCADE,
              status TEXT NOT NULL,
              payload ${BLOB},
              error_chain TEXT,
              received_at BIGINT NOT NULL))"},
        {"CREATE INDEX command_results_by_command ON command_results(command_id)"},
        {R"(CREATE TABLE policies (
              id ${ID},
              name TEXT NOT NULL UNIQUE,
              platform TEXT NOT NULL DEFAULT 'any' CHECK (platform IN ('any','apple','android')),
              ownership TEXT NOT NULL CHECK (ownership IN ('BYOD','COPE','COSU','Shared')),
              baseline TEXT NOT NULL DEFAULT '',
              version INTEGER NOT NULL DEFAULT 1,
              body TEXT NOT NULL DEFAULT '{}',
              created_at BIGINT NOT NULL,
              updated_at BIGINT NOT NULL))"},
        {R"(CREATE TABLE policy_versions (
              id ${ID},
              policy_id BIGINT NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
              version INTEGER NOT NULL,
              body TEXT NOT NULL,
              created_by TEXT NOT NULL DEFAULT '',
              created_at BIGINT NOT NULL,
              UNIQUE (policy_id, version)))"},
        {R"(CREATE TABLE policy_assignments (
              id ${ID},
              policy_id BIGINT NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
              group_id BIGINT REFERENCES device_groups(id) ON DELETE CASCADE,
              device_id BIGINT REFERENCES devices(id) ON DELETE CASCADE,
              created_at BIGINT NOT NULL,
              CHECK ((group_id IS NULL) <> (device_id IS NULL))))"},
        // Devices may be deleted; their audit history may not, so device_id is a plain number here.
        {R"(CREATE TABLE audit_events (
              id ${ID},
              occurred_at BIGINT NOT NULL,
              actor TEXT NOT NULL,
              actor_role TEXT NOT NULL DEFAULT '',
              device_id BIGINT,
              action TEXT NOT NULL,
              outcome TEXT NOT NULL,
              details TEXT NOT NULL DEFAULT '',
              prev_hash TEXT NOT NULL DEFAULT '',
              hash TEXT NOT NULL DEFAULT ''))"},
        {"CREATE INDEX audit_by_time ON audit_events(occurred_at)"},
        {"CREATE INDEX audit_by_device ON audit_events(device_id)"},
        {R"(CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END)", true},
        {R"(CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END)", true},
        {R"(CREATE TABLE admin_users (
              id ${ID},
              username TEXT NOT NULL UNIQUE,
              display_name TEXT NOT NULL DEFAULT '',
              role TEXT NOT NULL CHECK (role IN ('Administrator','Technician','Auditor')),
              password_hash TEXT NOT NULL,
              totp_secret ${BLOB},
              mfa_enabled INTEGER NOT NULL DEFAULT 0,
              disabled INTEGER NOT NULL DEFAULT 0,
              failed_attempts INTEGER NOT NULL DEFAULT 0,
              locked_until BIGINT,
              created_at BIGINT NOT NULL,
              last_login_at BIGINT))"},
        {R"(CREATE TABLE settings (
              key TEXT PRIMARY KEY,
              value TEXT NOT NULL,
              updated_at BIGINT NOT NULL))"},
    };
}

} // namespace SchemaV1
