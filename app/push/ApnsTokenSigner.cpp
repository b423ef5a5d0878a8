#include "push/ApnsTokenSigner.h"

#include "push/Jwt.h"

#include <QCoreApplication>
#include <QRegularExpression>

Status ApnsTokenSigner::create(const QByteArray &p8Pem, const QString &keyId, const QString &teamId, ApnsTokenSigner &out)
{
    static const QRegularExpression tenChars(QStringLiteral("^[A-Z0-9]{10}$"));
    if (!tenChars.match(keyId).hasMatch() || !tenChars.match(teamId).hasMatch())
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("ApnsTokenSigner", "The key id and team id are 10 letters or digits each (as shown in Apple's developer account)."));
    ApnsTokenSigner s;
    s.m_keyPem = p8Pem;
    s.m_keyId = keyId;
    s.m_teamId = teamId;
    QByteArray probe;
    if (Status st = s.token(0, &probe); !st)
        return st;
    s.m_token.clear();
    s.m_issuedAt = 0;
    out = s;
    return Status::success();
}

Status ApnsTokenSigner::token(qint64 now, QByteArray *bearer)
{
    if (m_token.isEmpty() || now - m_issuedAt >= RefreshSeconds || now < m_issuedAt) {
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), m_keyId}};
        const QJsonObject claims{{QStringLiteral("iss"), m_teamId}, {QStringLiteral("iat"), now}};
        QByteArray t;
        if (Status s = Jwt::sign(header, claims, m_keyPem, &t); !s)
            return s;
        m_token = t;
        m_issuedAt = now;
    }
    *bearer = m_token;
    return Status::success();
}
