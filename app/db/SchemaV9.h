#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 9: push delivery. The outbox every wake goes through (so none is lost to a crash
// or an offline hour), the last push result per device, and the push credentials' public parts.
namespace SchemaV9 {
QList<SchemaStatement> statements();
}
