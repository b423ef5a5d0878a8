#pragma once

#include "catalog/CatalogApp.h"
#include "fleet/Device.h"
#include "policy/PolicySettings.h"
#include "privacy/PrivacyManifest.h"

#include <optional>

// The pure part of the privacy manifest: from the device, its effective policy (none: nullopt) and
// the catalog apps assigned to it, the sentences of the four sections. What is never collected and
// never done comes from PrivacyBoundary, the same definition the ingesters and
// DeviceCommandService enforce. No database; PrivacyManifestBuilder gathers the inputs.
namespace PrivacyManifestRules {
struct Input {
    Device device;
    std::optional<PolicySettings> policy;
    QList<CatalogApp> catalogApps;
};

// Fills managedApps and the four sections of `manifest` (the identity fields are the caller's).
void derive(const Input &input, PrivacyManifest &manifest);

// The clinic's app names for the device's platform: the policy's apps and the assigned catalog apps.
QStringList managedAppNames(const Input &input);
// Those whose traffic goes through the clinic's per-app VPN.
QStringList perAppVpnAppNames(const Input &input);

QString sectionTitle(PrivacyManifest::Section section);
}
