#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 25: change counters for live views, and each device's stored compliance verdict.
// Every write to a table that a console view shows bumps its subject's counter from a trigger, so
// writes by any connection, thread or process (endpoint workers, the CLI, a second console) are
// seen by ChangeNotifier. SQLite: one counter row per subject (the database lock serialises
// writers anyway). PostgreSQL: a sequence per subject (nextval never blocks and never deadlocks
// two writers, where an UPDATE of a shared row would) and a NOTIFY, delivered at commit.
// The verdict columns let the device table sort and filter by compliance in SQL.
namespace SchemaV25 {
QList<SchemaStatement> statements();
}
