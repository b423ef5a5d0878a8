#pragma once

#include "android/AndroidPolicyRepository.h"
#include "fleet/DeviceTypes.h"

#include <QJsonObject>

#include <optional>

// The Android Management API Policy JSON (schemas.Policy of androidmanagement.v1.json) one device
// gets: the HIPAA baseline for its ownership model, with the assigned policy's "android" object laid
// over it (or, for a console policy, the policy compiled by AndroidPolicyCompiler). The version is derived from the content, so it changes exactly when the policy does.
namespace AndroidPolicyBuilder {
QJsonObject baseline(Ownership ownership);
QJsonObject build(Ownership ownership, const std::optional<AndroidPolicyRepository::Row> &assigned);
// A positive int64 as a decimal string: the first 63 bits of SHA-256 over the policy without "version".
QString versionOf(const QJsonObject &policyWithoutVersion);
}
