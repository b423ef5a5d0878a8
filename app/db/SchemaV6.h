#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 6: text search combined with the table's filters at 100,000 devices. (Version 5
// is another branch's migration; this one only adds an index to the devices table.)
namespace SchemaV6 {
QList<SchemaStatement> statements();
}
