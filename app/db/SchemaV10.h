#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 10: the Android agent protocol (which client certificate speaks for which device,
// which policy version it applied) and bulk USB enrollment jobs that survive a crash or a closed
// window. One-time enrollment tokens live in schema 1's enrollments table (hashed).
namespace SchemaV10 {
QList<SchemaStatement> statements();
}
