#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 16: the last locations a device in Lost Mode reported (DeviceLocation answers).
namespace SchemaV16 {
QList<SchemaStatement> statements();
}
