#pragma once

#include "db/SchemaStatement.h"

#include <QList>

// Schema version 21: re-enrollment expectations. A device record bound to an identity can only be
// claimed by a new identity (a wiped iPad, a factory-reset tablet enrolling again) while an
// administrator expects it (DeviceClaimPolicy); the expectation is time-limited and used once.
namespace SchemaV21 {
QList<SchemaStatement> statements();
}
