#pragma once

#include "catalog/ManagedConfigKey.h"
#include "core/Status.h"

#include <QJsonObject>

// Checks managed configuration values against the app's keys before anything is stored or sent:
// unknown keys, missing required ones, wrong types, and URLs that are not https (an EHR endpoint
// carries ePHI; plain http would break transmission security, 164.312(e)(1)).
namespace ManagedConfigValidator {
// `complete`: every required key must have a value (an install); without it, what is there must be
// valid but may be partial (an app added first and configured afterwards).
Status validate(const QList<ManagedConfigKey> &schema, const QJsonObject &values, bool complete = true);
// Typed values from "key=value" text (the command line, a form): numbers and booleans converted.
Status parseAssignments(const QList<ManagedConfigKey> &schema, const QStringList &assignments, QJsonObject &out);
}
