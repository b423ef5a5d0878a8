#pragma once

#include "endpoint/HttpRequest.h"
#include "endpoint/HttpResponse.h"

#include <QJsonObject>
#include <QStringList>

// Reads an agent request body strictly: POST, application/json, at most AgentProtocol::MaxBodyBytes,
// a JSON object that validates against the named message schema. Anything else is refused before a
// single byte is written.
namespace AgentRequestReader {
// When `dropped` is given, the privacy fields (AgentProtocol::privacyFields) are removed before
// validation and named in it, each as "field" or "field[n]" (n items), never with their values.
bool read(const HttpRequest &request, const QString &schemaId, QJsonObject &out, HttpResponse &refusal,
          QStringList *dropped = nullptr);
bool requireMethod(const HttpRequest &request, const QByteArray &method, HttpResponse &refusal);
}
