#include "android/AndroidAgentRouter.h"

#include "android/AgentProtocol.h"
#include "android/AgentReply.h"
#include "endpoint/EndpointPaths.h"

HttpResponse AndroidAgentRouter::handle(const HttpRequest &request, EndpointContext &context)
{
    const QByteArray prefix(EndpointPaths::AndroidAgent);
    if (!request.path.startsWith(prefix))
        return AgentReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such agent route."));
    const QByteArray route = request.path.mid(prefix.size());
    if (route == AgentProtocol::EnrollPath)
        return m_enroll.handle(request, context);
    if (route == AgentProtocol::CheckInPath)
        return m_checkIn.handle(request, context);
    if (route == AgentProtocol::PolicyPath)
        return m_policy.handle(request, context);
    if (route == AgentProtocol::PolicyAckPath)
        return m_policyAck.handle(request, context);
    if (route == AgentProtocol::CommandNextPath)
        return m_next.handle(request, context);
    if (route == AgentProtocol::CommandResultPath)
        return m_result.handle(request, context);
    if (route == AgentProtocol::SessionsPath)
        return m_sessions.handle(request, context);
    return AgentReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such agent route."));
}
