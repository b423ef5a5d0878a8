#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 17: kiosk maintenance windows (a kiosk taken out of single-app mode by an admin,
// and when it goes back).
namespace SchemaV17 {
QList<SchemaStatement> statements();
}
