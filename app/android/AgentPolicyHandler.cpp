#include "android/AgentPolicyHandler.h"

#include "android/AgentAuthenticator.h"
#include "android/AgentReply.h"
#include "android/AgentRequestReader.h"
#include "android/AndroidAgentRepository.h"
#include "android/AndroidPolicyBuilder.h"
#include "audit/AuditLog.h"
#include "endpoint/EndpointContext.h"

#include <QDateTime>

HttpResponse AgentPolicyHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    HttpResponse refusal;
    std::optional<AgentIdentity> who = AgentAuthenticator::authenticate(request, context, QDateTime::currentSecsSinceEpoch(), refusal);
    if (!who)
        return refusal;
    if (!AgentRequestReader::requireMethod(request, "GET", refusal))
        return refusal;
    const QJsonObject policy = AndroidPolicyBuilder::forDevice(db, who->device);
    const QString version = policy.value(QLatin1String("version")).toString();
    if (version != who->agent.policyVersionSent) {
        AndroidAgentRepository(db).setPolicySent(who->device.id, version);
        AuditLog(db).record(who->actor(), QStringLiteral("android.policy.sent"), QStringLiteral("success"),
                            QStringLiteral("policy=%1 version=%2").arg(policy.value(QLatin1String("name")).toString(), version),
                            who->device.id);
    }
    return AgentReply::json(policy);
}
