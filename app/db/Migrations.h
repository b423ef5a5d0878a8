#pragma once

#include "core/Status.h"

class Database;

// Numbered schema migrations. Migration N takes the schema from version N-1 to N in one transaction
// and records N (PRAGMA user_version on SQLite). Never edit a migration that has shipped: add one.
namespace Migrations {
int latestVersion();
Status migrate(Database &db);
// Migrates only up to `target`; for tests of a stepwise upgrade.
Status migrateTo(Database &db, int target);
}
