#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 5: TOTP replay protection (the last time step each admin signed in with).
namespace SchemaV5 {
QList<SchemaStatement> statements();
}
