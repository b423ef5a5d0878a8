#include "android/AgentSessionsHandler.h"

#include "android/AgentAuthenticator.h"
#include "android/AgentProtocol.h"
#include "android/AgentReply.h"
#include "android/AgentRequestReader.h"
#include "endpoint/EndpointContext.h"
#include "shared/SharedSessionService.h"

#include <QDateTime>
#include <QJsonArray>

HttpResponse AgentSessionsHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    HttpResponse refusal;
    std::optional<AgentIdentity> who = AgentAuthenticator::authenticate(request, context, now, refusal);
    if (!who)
        return refusal;
    QJsonObject msg;
    if (!AgentRequestReader::read(request, QStringLiteral("SessionBatch"), msg, refusal))
        return refusal;
    if (who->device.ownership != Ownership::Shared)
        return AgentReply::error(409, QStringLiteral("not_shared_device"),
                                 QStringLiteral("This device is not marked Shared; the console keeps sessions for shared tablets only."));
    QList<SessionEvent> events;
    const QJsonArray array = msg.value(QLatin1String("events")).toArray();
    if (array.isEmpty())
        return AgentReply::error(400, QStringLiteral("invalid_message"), QStringLiteral("SessionBatch has no events."));
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SessionEvent e;
        e.kind = o.value(QLatin1String("event")).toString() == QLatin1String("signin") ? SessionEvent::Kind::SignIn
                                                                                      : SessionEvent::Kind::SignOut;
        e.userName = o.value(QLatin1String("user")).toString();
        e.at = qint64(o.value(QLatin1String("at")).toDouble());
        e.reason = o.value(QLatin1String("reason")).toString();
        if (e.at > now + AgentProtocol::SessionClockSkewSeconds)
            return AgentReply::error(400, QStringLiteral("invalid_message"),
                                     QStringLiteral("Event %1 is stamped in the future; check the device clock.").arg(events.size() + 1));
        events.append(e);
    }
    SharedSessionService::ReplayOutcome outcome;
    const Status s = SharedSessionService(db).replay(who->device.id, events, QStringLiteral("agent"), outcome);
    if (s.code() == ErrorCode::InvalidInput)
        return AgentReply::error(400, QStringLiteral("invalid_message"), s.message());
    if (!s)
        return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The sessions could not be stored; try again."));
    return AgentReply::json({{QStringLiteral("protocolVersion"), AgentProtocol::Version},
                             {QStringLiteral("recorded"), outcome.recorded},
                             {QStringLiteral("ignored"), outcome.ignored}});
}
