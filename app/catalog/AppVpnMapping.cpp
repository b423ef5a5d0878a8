#include "catalog/AppVpnMapping.h"

#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"

AppVpnMapping::AppVpnMapping(Database &db) : m_db(db) {}

QString AppVpnMapping::vpnUuidFor(const CatalogApp &app, qint64 deviceId)
{
    if (!app.vpnUuid.isEmpty() || app.platform != CatalogApp::Platform::Apple)
        return app.vpnUuid;
    PolicyRepository policies(m_db);
    if (!m_loaded) {
        m_effective = policies.effectivePolicies();
        m_loaded = true;
    }
    const qint64 policyId = m_effective.value(deviceId);
    const std::optional<PolicyRecord> policy = policyId > 0 ? policies.findById(policyId) : std::nullopt;
    PolicySettings settings;
    if (!policy || !PolicyJson::fromJson(policy->body, &settings) || !settings.vpn.perAppVpn || settings.vpn.server.isEmpty())
        return {};
    for (const AppAssignment &a : settings.apps)
        if (a.perAppVpn && a.appleBundleId == app.identifier)
            return AppleProfileCompiler::perAppVpnUuid(policy->id);
    return {};
}
