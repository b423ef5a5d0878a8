#pragma once

#include "fleet/DeviceTypes.h"
#include "policy/PolicySettings.h"

#include <QJsonObject>

// PolicySettings -> an Android Management API `Policy` object (schemas.Policy of
// androidmanagement.v1.json), which the ClinicMDM agent applies with DevicePolicyManager. BYOD
// devices get the work-profile scope (password and cross-profile limits apply to the profile only);
// shared-device session rules go to the agent as its own managed configuration.
class AndroidPolicyCompiler
{
public:
    static constexpr const char *AgentPackage = "org.clinicmdm.agent";

    explicit AndroidPolicyCompiler(Ownership ownership) : m_ownership(ownership) {}
    QJsonObject compile(const PolicySettings &settings, int version) const;

private:
    Ownership m_ownership;
};
