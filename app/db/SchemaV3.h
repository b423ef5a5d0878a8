#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 3: TOTP replay protection (the last time step each admin signed in with).
namespace SchemaV3 {
QList<SchemaStatement> statements();
}
