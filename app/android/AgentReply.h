#pragma once

#include "endpoint/HttpResponse.h"

#include <QJsonObject>

// The agent protocol's answers: JSON bodies, and errors as {"error": code, "message": text} with the
// HTTP status the protocol document assigns. Never echoes request bytes.
namespace AgentReply {
HttpResponse json(const QJsonObject &body, int status = 200);
HttpResponse error(int status, const QString &code, const QString &message);
HttpResponse noContent();
}
