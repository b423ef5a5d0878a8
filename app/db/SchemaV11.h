#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 11: daily compliance snapshots (dashboard trend, report) and the vendor / Business
// Associate Agreement register the compliance report prints.
namespace SchemaV11 {
QList<SchemaStatement> statements();
}
