#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 20: the PostgreSQL form of the append-only guards of the audit trail (SQLite has
// had its triggers since schemas 1 and 2). Nothing changes on SQLite.
namespace SchemaV20 {
QList<SchemaStatement> statements();
}
