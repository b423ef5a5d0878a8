#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 15: when shared tablets are reset for the next patient on their own (schedules).
namespace SchemaV15 {
QList<SchemaStatement> statements();
}
