#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 14: who held a shared clinical tablet when (sign-in and sign-out sessions).
namespace SchemaV14 {
QList<SchemaStatement> statements();
}
