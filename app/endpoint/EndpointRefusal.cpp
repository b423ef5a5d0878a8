#include "endpoint/EndpointRefusal.h"

#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "endpoint/HttpRequest.h"

QString EndpointRefusal::requestDetails(const HttpRequest &request)
{
    QString out = QStringLiteral("path=") + AuditText::field(request.path);
    const QByteArray agent = request.header("user-agent");
    if (!agent.isEmpty())
        out += QStringLiteral(" ua=") + AuditText::field(agent);
    return out;
}

QString EndpointRefusal::text() const
{
    QString out = QStringLiteral("reason=") + reason;
    if (!source.isNull())
        out += QStringLiteral(" peer=") + source.toString();
    if (!details.isEmpty())
        out += QLatin1Char(' ') + details;
    return out;
}

Status EndpointRefusal::record(Database &db) const
{
    return AuditLog(db).record(actor, action, outcome, text(), deviceId);
}
