#pragma once

#include "android/AndroidPolicyRepository.h"
#include "catalog/CatalogApp.h"
#include "fleet/Device.h"
#include "fleet/DeviceTypes.h"

#include <QJsonObject>

#include <optional>

class Database;

// The Android Management API Policy JSON (schemas.Policy of androidmanagement.v1.json) one device
// gets: the HIPAA baseline for its ownership model, with the assigned policy's "android" object laid
// over it (or, for a console policy, the policy compiled by AndroidPolicyCompiler). The version is derived from the content, so it changes exactly when the policy does.
namespace AndroidPolicyBuilder {
QJsonObject baseline(Ownership ownership);
// `catalogApps`: the app catalog's Play apps for this device (CatalogRepository::policyAppsForDevice),
// added to applications[] with their managed configuration.
// `frpAdminEmails`: the clinic's factory-reset-protection accounts (fully managed devices only);
// `vpnReportedUp`: the device reported its always-on VPN up, so its lockdown may be turned on.
QJsonObject build(Ownership ownership, const std::optional<AndroidPolicyRepository::Row> &assigned,
                  const QList<CatalogApp> &catalogApps = {}, const QStringList &frpAdminEmails = {}, bool vpnReportedUp = false);
// The policy of one enrolled device as it stands now: its assigned policy and catalog apps.
QJsonObject forDevice(Database &db, const Device &device);
// Setting::FrpAdminEmails as a list.
QStringList frpAdminEmails(Database &db);
// A positive int64 as a decimal string: the first 63 bits of SHA-256 over the policy without "version".
QString versionOf(const QJsonObject &policyWithoutVersion);
}
