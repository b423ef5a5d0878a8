#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QJsonObject>

// Compact JWS tokens as the push services want them: ES256 (APNs provider tokens, a P-256 key;
// the signature is the raw 64-byte r||s, not DER) and RS256 (Google's OAuth2 service-account
// assertion). The algorithm is the header's "alg".
namespace Jwt {
Status sign(const QJsonObject &header, const QJsonObject &claims, const QByteArray &privateKeyPem, QByteArray *token);
QByteArray base64Url(const QByteArray &bytes);
}
