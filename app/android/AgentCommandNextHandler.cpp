#include "android/AgentCommandNextHandler.h"

#include "android/AgentAuthenticator.h"
#include "android/AgentProtocol.h"
#include "android/AgentReply.h"
#include "android/AgentRequestReader.h"
#include "android/AndroidCommandQueue.h"
#include "android/JsonSchemaValidator.h"
#include "db/WriteTransaction.h"
#include "audit/AuditLog.h"
#include "endpoint/EndpointContext.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {
// Why this device must not get this command, or empty.
QString refusalReason(const AgentIdentity &who, const DeviceCommand &c, const QJsonObject &payload, bool payloadIsObject)
{
    if (!AgentProtocol::commandTypes().contains(c.requestType))
        return QStringLiteral("unknown-type");
    if (c.requestType == QLatin1String("WIPE")
        && (who.device.ownership == Ownership::BYOD || who.agent.managementMode != QLatin1String("device_owner")))
        return QStringLiteral("wipe-needs-device-owner");
    if ((c.requestType == QLatin1String("START_KIOSK") || c.requestType == QLatin1String("REBOOT"))
        && who.agent.managementMode != QLatin1String("device_owner"))
        return QStringLiteral("needs-device-owner");
    if (!payloadIsObject
        || !JsonSchemaValidator(AgentProtocol::schemas()).validate(payload, c.requestType + QLatin1String("Payload")).isEmpty())
        return QStringLiteral("invalid-payload");
    return {};
}
} // namespace

HttpResponse AgentCommandNextHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    HttpResponse refusal;
    std::optional<AgentIdentity> who = AgentAuthenticator::authenticate(request, context, now, refusal);
    if (!who)
        return refusal;
    if (!AgentRequestReader::requireMethod(request, "POST", refusal))
        return refusal;
    AndroidCommandQueue queue(db);
    AuditLog audit(db);
    // Bounded: each pass takes one command out of the queue (sent or refused).
    for (int pass = 0; pass < 100; ++pass) {
        WriteTransaction tx(db);
        if (!tx.isActive())
            return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The console database is busy; try again."));
        const std::optional<DeviceCommand> c = queue.next(who->device.id, now);
        if (!c)
            return AgentReply::noContent();
        const QJsonDocument doc = QJsonDocument::fromJson(c->payload.isEmpty() ? QByteArray("{}") : c->payload);
        const QString why = refusalReason(*who, *c, doc.object(), doc.isObject());
        if (!why.isEmpty()) {
            if (!queue.refuse(c->id, why, now).ok()
                || !audit.record(who->actor(), QStringLiteral("command.refused"), QStringLiteral("failure"),
                                 QStringLiteral("uuid=%1 request_type=%2 reason=%3").arg(c->uuid, c->requestType, why),
                                 who->device.id).ok()
                || !tx.commit())
                return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The console database is busy; try again."));
            continue;
        }
        if (!queue.markSent(c->id, now)
            || !audit.record(who->actor(), QStringLiteral("command.sent"), QStringLiteral("success"),
                             QStringLiteral("uuid=%1 request_type=%2").arg(c->uuid, c->requestType), who->device.id).ok()
            || !tx.commit())
            return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The console database is busy; try again."));
        const QJsonObject command{{QStringLiteral("uuid"), c->uuid},
                                  {QStringLiteral("type"), c->requestType},
                                  {QStringLiteral("payload"), doc.object()},
                                  {QStringLiteral("issuedAt"), QString::number(c->queuedAt)}};
        return AgentReply::json({{QStringLiteral("protocolVersion"), AgentProtocol::Version}, {QStringLiteral("command"), command}});
    }
    return AgentReply::noContent();
}
