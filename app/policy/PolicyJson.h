#pragma once

#include "core/Status.h"
#include "policy/PolicySettings.h"

#include <QJsonObject>
#include <QStringList>

// PolicySettings <-> the JSON stored in policies.body and policy_versions.body and shipped in the
// baselines. Reading is strict: an unknown key, a wrong type or a value out of range is an
// InvalidInput naming the setting (e.g. "passcode.minLength: 40 is outside 0..16"), and nothing is
// returned half-read.
namespace PolicyJson {
QJsonObject toJson(const PolicySettings &settings);
Status fromJson(const QJsonObject &json, PolicySettings *settings);
// Every problem rather than the first (for the editor).
QStringList problems(const QJsonObject &json);

QString complexityName(PasscodeComplexity c); // "none", "numeric", "alphanumeric", "complex"
// A kiosk URL allowlist entry: an http(s) address, or a host pattern (clinic.example, *.clinic.example).
bool isUrlAllowlistEntry(const QString &entry);
}
