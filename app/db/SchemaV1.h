#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 1: the fleet and everything the later capabilities hang off it.
// Times are UTC seconds since the epoch (BIGINT), so that they sort and compare the same on both backends.
namespace SchemaV1 {
QList<SchemaStatement> statements();
}
