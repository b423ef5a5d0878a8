#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QString>

// APNs provider tokens for token-based authentication: ES256 JWTs {alg, kid} {iss: team id, iat}
// signed with the .p8 auth key. Apple refuses tokens older than an hour and throttles ones renewed
// more often than every 20 minutes, so a token is reused for RefreshSeconds and then replaced.
class ApnsTokenSigner
{
public:
    static constexpr qint64 RefreshSeconds = 40 * 60;

    // `p8Pem`: the PKCS#8 PEM of the auth key; checked at once.
    static Status create(const QByteArray &p8Pem, const QString &keyId, const QString &teamId, ApnsTokenSigner &out);

    Status token(qint64 now, QByteArray *bearer);
    qint64 issuedAt() const { return m_issuedAt; }

private:
    QByteArray m_keyPem;
    QString m_keyId;
    QString m_teamId;
    QByteArray m_token;
    qint64 m_issuedAt = 0;
};
