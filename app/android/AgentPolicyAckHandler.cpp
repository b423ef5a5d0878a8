#include "android/AgentPolicyAckHandler.h"

#include "android/AgentAuthenticator.h"
#include "android/AgentProtocol.h"
#include "android/AgentReply.h"
#include "android/AgentRequestReader.h"
#include "android/AndroidPolicyFacts.h"
#include "android/AndroidAgentRepository.h"
#include "db/WriteTransaction.h"
#include "audit/AuditLog.h"
#include "endpoint/EndpointContext.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"

#include <QDateTime>
#include <QJsonArray>

HttpResponse AgentPolicyAckHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    HttpResponse refusal;
    std::optional<AgentIdentity> who = AgentAuthenticator::authenticate(request, context, now, refusal);
    if (!who)
        return refusal;
    QJsonObject msg;
    if (!AgentRequestReader::read(request, QStringLiteral("PolicyAck"), msg, refusal))
        return refusal;
    const QString version = msg.value(QLatin1String("version")).toString();
    const QString state = msg.value(QLatin1String("state")).toString();
    if (version != who->agent.policyVersionSent)
        return AgentReply::error(409, QStringLiteral("stale_policy_version"),
                                 QStringLiteral("Version %1 is not the policy last sent to this device; fetch the policy again.").arg(version));
    QStringList settings;
    for (const QJsonValue &v : msg.value(QLatin1String("nonCompliance")).toArray())
        settings << v.toObject().value(QLatin1String("settingName")).toString();
    settings.removeAll(QString());
    // The device took the policy (not FAILED): it is the one it runs now, so it is not sent again.
    // It is "applied" for compliance only when nothing in it was left out.
    const bool taken = state != QLatin1String("FAILED");
    const bool applied = taken && settings.isEmpty() && state == QLatin1String("APPLIED");
    const QHash<QString, QString> facts = AndroidPolicyFacts::fromAcknowledgement(db, who->device, version, taken, applied, settings);
    WriteTransaction tx(db);
    bool ok = tx.isActive();
    if (ok && taken)
        ok = AndroidAgentRepository(db).setPolicyApplied(who->device.id, version).ok();
    if (ok)
        ok = DeviceFactRepository(db).record(who->device.id, facts, now).ok();
    if (ok)
        ok = AuditLog(db).record(who->actor(), QStringLiteral("android.policy.ack"), applied ? QStringLiteral("success") : QStringLiteral("failure"),
                                 QStringLiteral("version=%1 state=%2 non_compliant=%3").arg(version, state, settings.join(QLatin1Char(','))),
                                 who->device.id).ok();
    if (!ok || !tx.commit()) {
        tx.rollback();
        return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The acknowledgement could not be stored; try again."));
    }
    return AgentReply::json({{QStringLiteral("protocolVersion"), AgentProtocol::Version}});
}
