#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 4: device text search at 100,000 devices. (Version 3 is the security helper's
// TOTP-replay migration on another branch; this one only adds to the devices table.)
namespace SchemaV4 {
QList<SchemaStatement> statements();
}
