#include "android/AgentCommandResultHandler.h"

#include "android/AgentAuthenticator.h"
#include "android/AgentProtocol.h"
#include "android/AgentReply.h"
#include "android/AgentRequestReader.h"
#include "android/AndroidCommandQueue.h"
#include "db/WriteTransaction.h"
#include "audit/AuditLog.h"
#include "commands/CommandCompletion.h"
#include "commands/CommandRepository.h"
#include "endpoint/EndpointContext.h"

#include <QDateTime>
#include <QJsonDocument>

HttpResponse AgentCommandResultHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    HttpResponse refusal;
    std::optional<AgentIdentity> who = AgentAuthenticator::authenticate(request, context, now, refusal);
    if (!who)
        return refusal;
    QJsonObject msg;
    if (!AgentRequestReader::read(request, QStringLiteral("CommandResult"), msg, refusal))
        return refusal;
    const QString uuid = msg.value(QLatin1String("uuid")).toString();
    const std::optional<DeviceCommand> c = CommandRepository(db).findByUuid(uuid.toUpper());
    if (!c || c->deviceId != who->device.id)
        return AgentReply::error(404, QStringLiteral("unknown_command"), QStringLiteral("No command %1 was sent to this device.").arg(uuid));
    const QString wire = msg.value(QLatin1String("status")).toString();
    const QString status = wire == QLatin1String("ACKNOWLEDGED") ? QStringLiteral("acknowledged")
                           : wire == QLatin1String("ERROR")      ? QStringLiteral("error")
                                                                 : QStringLiteral("notnow");
    const QString error = msg.value(QLatin1String("errorCode")).toString();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The console database is busy; try again."));
    if (!AndroidCommandQueue(db).recordResult(c->id, status, QJsonDocument(msg).toJson(QJsonDocument::Compact), error, now)) {
        tx.rollback();
        return AgentReply::error(409, QStringLiteral("not_outstanding"),
                                 QStringLiteral("Command %1 is not waiting for a result (status %2).").arg(uuid, c->status));
    }
    if (!CommandCompletion::apply(db, who->actor(), *c, status, now)
        || !AuditLog(db).record(who->actor(), QStringLiteral("command.result"),
                             status == QLatin1String("error") ? QStringLiteral("failure") : QStringLiteral("success"),
                             QStringLiteral("uuid=%1 request_type=%2 status=%3%4")
                                 .arg(c->uuid, c->requestType, wire, error.isEmpty() ? QString() : QLatin1String(" error=") + error),
                             who->device.id).ok()
        || !tx.commit()) {
        tx.rollback();
        return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The result could not be stored; try again."));
    }
    return AgentReply::json({{QStringLiteral("protocolVersion"), AgentProtocol::Version}});
}
