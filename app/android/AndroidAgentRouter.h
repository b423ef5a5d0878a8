#pragma once

#include "android/AgentCheckInHandler.h"
#include "android/AgentCommandNextHandler.h"
#include "android/AgentCommandResultHandler.h"
#include "android/AgentEnrollHandler.h"
#include "android/AgentPolicyAckHandler.h"
#include "android/AgentPolicyHandler.h"
#include "android/AgentSessionsHandler.h"

// The one handler the endpoint server mounts at EndpointPaths::AndroidAgent ("/agent/v1/"): routes
// to the protocol's handlers by the rest of the path. Stateless apart from the CA (immutable), so
// safe from several worker threads.
class AndroidAgentRouter : public RequestHandler
{
public:
    explicit AndroidAgentRouter(CertificateAuthority ca) : m_enroll(std::move(ca)) {}
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;

private:
    AgentEnrollHandler m_enroll;
    AgentCheckInHandler m_checkIn;
    AgentPolicyHandler m_policy;
    AgentPolicyAckHandler m_policyAck;
    AgentCommandNextHandler m_next;
    AgentCommandResultHandler m_result;
    AgentSessionsHandler m_sessions;
};
