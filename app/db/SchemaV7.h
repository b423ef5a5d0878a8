#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 7: what devices report and how to wake them, shared by the Apple endpoint, the
// Android agent protocol, push delivery and compliance evaluation.
namespace SchemaV7 {
QList<SchemaStatement> statements();
}
