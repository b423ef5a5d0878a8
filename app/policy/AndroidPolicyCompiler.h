#pragma once

#include "fleet/DeviceTypes.h"
#include "policy/PolicySettings.h"

#include <QJsonObject>
#include <QStringList>

// PolicySettings -> an Android Management API `Policy` object (schemas.Policy of
// androidmanagement.v1.json), which the ClinicMDM agent applies with DevicePolicyManager. BYOD
// devices get the work-profile scope (password and cross-profile limits apply to the profile only);
// shared-device session rules go to the agent as its own managed configuration.
class AndroidPolicyCompiler
{
public:
    static constexpr const char *AgentPackage = "org.clinicmdm.agent";

    // Kiosks take system updates between 02:00 and 04:00 device time (minutes after midnight).
    static constexpr int KioskUpdateWindowStartMinutes = 120;
    static constexpr int KioskUpdateWindowEndMinutes = 240;

    explicit AndroidPolicyCompiler(Ownership ownership) : m_ownership(ownership) {}
    // The clinic's Google accounts for factory reset protection (Setting::FrpAdminEmails).
    void setFrpAdminEmails(const QStringList &emails) { m_frpAdminEmails = emails; }
    // Whether this device reported its always-on VPN up (vpn_always_on): only then is lockdown on.
    void setVpnReportedUp(bool up) { m_vpnReportedUp = up; }
    QJsonObject compile(const PolicySettings &settings, int version) const;

private:
    Ownership m_ownership;
    QStringList m_frpAdminEmails;
    bool m_vpnReportedUp = false;
};
