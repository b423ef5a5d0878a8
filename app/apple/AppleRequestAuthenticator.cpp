#include "apple/AppleRequestAuthenticator.h"

#include "apple/AppleIdentityRepository.h"
#include "apple/AppleMdmRuntime.h"
#include "audit/AuditText.h"
#include "endpoint/RefusalAggregator.h"

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
    EndpointRefusal r;
    r.source = request.peer;
    r.actor = Actor{QStringLiteral("endpoint"), QStringLiteral("Endpoint")};
    r.action = QStringLiteral("apple.request.rejected");
    r.outcome = QStringLiteral("refused");
    // "bad-signature (why)": the words before the parenthesis are the reason (the aggregation key).
    const qsizetype open = reason.indexOf(QLatin1String(" ("));
    r.reason = open < 0 ? reason : reason.left(open);
    r.details = EndpointRefusal::requestDetails(request);
    if (open >= 0) {
        QString why = reason.mid(open + 2);
        if (why.endsWith(QLatin1Char(')')))
            why.chop(1);
        r.details += QStringLiteral(" detail=") + AuditText::field(why.toUtf8(), 128);
    }
    if (!sha256Hex.isEmpty())
        r.details += QStringLiteral(" cert_sha256=") + sha256Hex;
    if (deviceId > 0) {
        r.deviceId = deviceId;
        r.knownIdentity = true; // signed by a certificate bound to this device
    }
    if (const std::shared_ptr<RefusalAggregator> &refusals = m_runtime.options().refusals)
        refusals->submit(db, r);
    else
        r.record(db);
}
