#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 8: Apple MDM enrollment — one-time SCEP challenges, the device identity
// certificates the console issued (and which enrollment and device each is bound to), and the
// devices' UnlockTokens (sealed with FieldCipher, never in clear).
namespace SchemaV8 {
QList<SchemaStatement> statements();
}
