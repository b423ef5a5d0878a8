#pragma once

#include "core/Status.h"
#include "fleet/DeviceTypes.h"
#include "policy/AppleCompiledPolicy.h"
#include "policy/PolicySettings.h"

// PolicySettings -> Apple profile payloads for one ownership model: com.apple.mobiledevice.passwordpolicy,
// com.apple.applicationaccess, com.apple.vpn.managed.applayer (the clinical apps' IKEv2 VPN),
// com.apple.webcontent-filter (the kiosk's allowed sites), in one Configuration profile that any
// enrolled device can install; the supervised-only settings (erase blocked, no VPN creation, the
// always-on VPN, the kiosk's lock-screen text) in a second profile (supervisedProfileIdentifier),
// so that on an unsupervised device only that one fails; com.apple.app.lock in a third
// (kioskProfileIdentifier), which kiosk maintenance removes and puts back; plus Settings command
// items for managed app configuration. Device-wide camera and screenshot limits are left out on
// BYOD (they would reach the owner's personal use), and wipe after failed passcodes is only set
// where FailedAttemptWipe allows it.
// PayloadUUIDs derive from (policy id, payload type), so a new version of a policy replaces its
// payloads on the device instead of adding copies.
class AppleProfileCompiler
{
public:
    static constexpr const char *IdentifierPrefix = "org.clinicmdm.policy";

    // The kiosk profile's PayloadIdentifier for a policy: org.clinicmdm.policy.<id>.kiosk.
    static QString kioskProfileIdentifier(qint64 policyId);
    static QString profileIdentifier(qint64 policyId);           // org.clinicmdm.policy.<id>
    static QString supervisedProfileIdentifier(qint64 policyId); // org.clinicmdm.policy.<id>.supervised
    // Refuses what Apple devices enrolled by link cannot be: a Shared iPad (clear message why).
    static Status supports(const PolicySettings &settings);
    // What the policy asks that only a supervised Apple device applies (empty: nothing).
    static QStringList supervisionNeeds(const PolicySettings &settings);

    AppleProfileCompiler(qint64 policyId, const QString &policyName, int version, const QString &organization,
                         Ownership ownership = Ownership::COPE);
    Status compile(const PolicySettings &settings, AppleCompiledPolicy *out) const;
    // The VPNUUID of the policy's com.apple.vpn.managed.applayer payload: the value an app's
    // InstallApplication Attributes.VPNUUID names to send its traffic through that VPN.
    static QString perAppVpnUuid(qint64 policyId);

private:
    QVariantMap payload(const QString &type, const QString &displayName, QVariantMap keys, const QString &key = {}) const;
    QString uuidFor(const QString &what) const;
    QVariantMap configuration(const QString &identifier, const QString &uuidKey, const QString &displayName,
                              const QString &description, const QVariantList &payloads) const;

    qint64 m_policyId;
    QString m_policyName;
    int m_version;
    QString m_organization;
    Ownership m_ownership;
};
