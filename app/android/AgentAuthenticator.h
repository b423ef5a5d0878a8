#pragma once

#include "android/AgentIdentity.h"
#include "endpoint/HttpRequest.h"
#include "endpoint/HttpResponse.h"

#include <optional>

class EndpointContext;

// Every request after enrollment is authenticated by its TLS client certificate
// (HttpRequest::peerCertificateDer): the certificate's SHA-256 must be the one the console issued to
// an agent whose credential is neither revoked nor expired, for a device still enrolled.
// 401 without a certificate; 403 for an unknown, revoked or expired one (audited through the
// context, which folds repeated refusals per source and minute: RefusalAggregator).
namespace AgentAuthenticator {
std::optional<AgentIdentity> authenticate(const HttpRequest &request, EndpointContext &context, qint64 now, HttpResponse &refusal);
QString fingerprint(const QByteArray &der); // lowercase hex SHA-256
}
