#include "android/AgentRequestReader.h"

#include "android/AgentProtocol.h"
#include "android/AgentReply.h"
#include "android/JsonSchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace AgentRequestReader {

bool requireMethod(const HttpRequest &request, const QByteArray &method, HttpResponse &refusal)
{
    if (request.method == method)
        return true;
    refusal = AgentReply::error(405, QStringLiteral("method_not_allowed"),
                                QStringLiteral("This route answers %1 only.").arg(QString::fromLatin1(method)));
    refusal.headers.append({"Allow", method});
    return false;
}

bool read(const HttpRequest &request, const QString &schemaId, QJsonObject &out, HttpResponse &refusal,
          QStringList *dropped)
{
    if (!requireMethod(request, "POST", refusal))
        return false;
    if (!request.header("content-type").toLower().startsWith("application/json")) {
        refusal = AgentReply::error(415, QStringLiteral("unsupported_media_type"),
                                    QStringLiteral("The body must be application/json."));
        return false;
    }
    if (request.body.size() > AgentProtocol::MaxBodyBytes) {
        refusal = AgentReply::error(413, QStringLiteral("body_too_large"),
                                    QStringLiteral("The body is larger than %1 bytes.").arg(AgentProtocol::MaxBodyBytes));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        refusal = AgentReply::error(400, QStringLiteral("invalid_json"),
                                    parseError.error != QJsonParseError::NoError
                                        ? QStringLiteral("The body is not JSON: %1 at offset %2.")
                                              .arg(parseError.errorString()).arg(parseError.offset)
                                        : QStringLiteral("The body must be a JSON object."));
        return false;
    }
    QJsonObject object = doc.object();
    if (dropped) {
        for (const QString &field : AgentProtocol::privacyFields()) {
            if (!object.contains(field))
                continue;
            const QJsonValue v = object.take(field);
            *dropped << (v.isArray() ? QStringLiteral("%1[%2]").arg(field).arg(v.toArray().size()) : field);
        }
    }
    const QStringList problems = JsonSchemaValidator(AgentProtocol::schemas()).validate(object, schemaId);
    if (!problems.isEmpty()) {
        // The paths name fields and the rule broken; no submitted value is echoed.
        refusal = AgentReply::error(400, QStringLiteral("invalid_message"),
                                    QStringLiteral("%1 does not follow the protocol: %2")
                                        .arg(schemaId, problems.mid(0, 5).join(QLatin1String("; "))));
        return false;
    }
    out = object;
    return true;
}

} // namespace AgentRequestReader
