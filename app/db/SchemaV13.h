#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 13: the clinical app catalog (apps, their managed configuration, group
// assignments). Versions 8-12 belong to other parts of the engine.
namespace SchemaV13 {
QList<SchemaStatement> statements();
}
