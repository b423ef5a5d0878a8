#pragma once

#include "core/Status.h"

#include <QJsonObject>
#include <QString>

// Edits one setting of a policy's JSON by its dotted path (kiosk.branding.department), the way the
// command line's `policy set PATH=VALUE` names it. The value's text is read as the type the setting
// already has: true/false, a whole number, a comma-separated list, or text. Only existing settings
// can be set (the body is PolicyJson::toJson's, which writes every key); the caller validates the
// result with PolicyJson::fromJson before saving anything.
namespace PolicyPathEditor {
Status set(QJsonObject &body, const QString &path, const QString &valueText);
// Splits "PATH=VALUE" (the first '='); InvalidInput when there is none or the path is empty.
Status split(const QString &assignment, QString *path, QString *value);
}
