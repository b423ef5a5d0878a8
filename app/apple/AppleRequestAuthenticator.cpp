#include "apple/AppleRequestAuthenticator.h"

#include "apple/AppleIdentityRepository.h"
#include "apple/AppleMdmRuntime.h"
#include "audit/AuditLog.h"

Status AppleRequestAuthenticator::verifySignature(const HttpRequest &request, VerifiedSigner &out) const
{
    const QByteArray signature = request.header("mdm-signature");
    if (signature.isEmpty())
        return Status::failure(ErrorCode::AuthenticationFailed, QStringLiteral("no Mdm-Signature header"));
    return m_runtime.verifySignature(signature, request.body, out);
}

bool AppleRequestAuthenticator::boundDevice(Database &db, const QString &sha256Hex, AppleIdentityCache::Entry &out) const
{
    if (m_runtime.identities().find(sha256Hex, out))
        return true;
    const std::optional<AppleIdentity> identity = AppleIdentityRepository(db).find(sha256Hex);
    if (!identity || identity->state != QLatin1String("bound") || identity->deviceId <= 0)
        return false;
    out.deviceId = identity->deviceId;
    out.ownership = identity->ownership;
    m_runtime.identities().insert(sha256Hex, out);
    return true;
}

void AppleRequestAuthenticator::audit(Database &db, const HttpRequest &request, const QString &reason,
                                      const QString &sha256Hex, qint64 deviceId) const
{
    QString details = QStringLiteral("path=%1 reason=%2 peer=%3")
                          .arg(QString::fromLatin1(request.path), reason, request.peer.toString());
    if (!sha256Hex.isEmpty())
        details += QStringLiteral(" cert_sha256=") + sha256Hex;
    AuditLog(db).record(Actor{QStringLiteral("endpoint"), QStringLiteral("Endpoint")}, QStringLiteral("apple.request.rejected"),
                        QStringLiteral("refused"), details, deviceId > 0 ? std::optional<qint64>(deviceId) : std::nullopt);
}
