#pragma once

#include "core/Status.h"
#include "policy/AppleCompiledPolicy.h"
#include "policy/PolicySettings.h"

// PolicySettings -> Apple profile payloads: com.apple.mobiledevice.passwordpolicy,
// com.apple.applicationaccess, com.apple.vpn.managed (IKEv2 per-app, or AlwaysOn),
// com.apple.vpn.managed.applayer, com.apple.webcontent-filter (the kiosk's allowed sites),
// com.apple.shareddeviceconfiguration (kiosk branding on the lock screen), wrapped in one
// Configuration profile; com.apple.app.lock in a second profile of its own (kioskProfileIdentifier),
// which kiosk maintenance removes and puts back; plus Settings command items for managed app
// configuration.
// PayloadUUIDs derive from (policy id, payload type), so a new version of a policy replaces its
// payloads on the device instead of adding copies.
class AppleProfileCompiler
{
public:
    static constexpr const char *IdentifierPrefix = "org.clinicmdm.policy";

    // The kiosk profile's PayloadIdentifier for a policy: org.clinicmdm.policy.<id>.kiosk.
    static QString kioskProfileIdentifier(qint64 policyId);

    AppleProfileCompiler(qint64 policyId, const QString &policyName, int version, const QString &organization);
    Status compile(const PolicySettings &settings, AppleCompiledPolicy *out) const;
    // The VPNUUID of the policy's com.apple.vpn.managed.applayer payload: the value an app's
    // InstallApplication Attributes.VPNUUID names to send its traffic through that VPN.
    static QString perAppVpnUuid(qint64 policyId);

private:
    QVariantMap payload(const QString &type, const QString &displayName, QVariantMap keys) const;
    QString uuidFor(const QString &what) const;
    QVariantMap configuration(const QString &identifier, const QString &uuidKey, const QString &displayName,
                              const QString &description, const QVariantList &payloads) const;

    qint64 m_policyId;
    QString m_policyName;
    int m_version;
    QString m_organization;
};
