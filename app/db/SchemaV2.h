#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 2: the security core (MFA recovery codes, signed audit checkpoints).
namespace SchemaV2 {
QList<SchemaStatement> statements();
}
