#include "android/AgentReply.h"

#include <QJsonDocument>

namespace AgentReply {

HttpResponse json(const QJsonObject &body, int status)
{
    return {status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

HttpResponse error(int status, const QString &code, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}

HttpResponse noContent() { return HttpResponse::empty(204); }

} // namespace AgentReply
