#include "apple/AppleScepIssuer.h"

#include "apple/AppleEnrollmentRepository.h"
#include "apple/AppleIdentityRepository.h"
#include "apple/AppleMdmRuntime.h"
#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "db/WriteTransaction.h"
#include "endpoint/EndpointContext.h"
#include "pki/CertificateInfo.h"
#include "pki/ScepRequest.h"

#include <QCryptographicHash>

namespace {

const Actor kScep{QStringLiteral("scep"), QStringLiteral("Endpoint")};

// The client's transaction id as hex (it is free text from an unauthenticated peer), bounded.
QString transactionOf(const ScepRequest &request)
{
    return QString::fromLatin1(request.transactionId().left(64).toHex());
}

} // namespace

AppleScepIssuer::AppleScepIssuer(AppleMdmRuntime &runtime) : m_runtime(runtime) {}

QString AppleScepIssuer::hashSecret(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

ScepIssueDecision AppleScepIssuer::issue(const ScepRequest &request, EndpointContext &context)
{
    if (request.messageType() == Scep::MessageType::RenewalReq)
        return renew(request, context);
    return enroll(request, context);
}

QString AppleScepIssuer::refused(const ScepRequest &request, EndpointContext &context)
{
    return refuse(context, QStringLiteral("reason=%1 transaction=%2").arg(request.refusalReason(), transactionOf(request)))
        .reason;
}

ScepIssueDecision AppleScepIssuer::refuse(EndpointContext &context, const QString &reason, qint64 deviceId)
{
    // "reason=<word> more=...": the word is the aggregation key, the rest the details.
    EndpointRefusal r;
    r.actor = kScep;
    r.action = QStringLiteral("scep.refused");
    r.outcome = QStringLiteral("refused");
    const qsizetype space = reason.indexOf(QLatin1Char(' '));
    r.reason = reason.left(space).mid(reason.startsWith(QLatin1String("reason=")) ? 7 : 0);
    if (space >= 0)
        r.details = reason.mid(space + 1).left(2 * AuditText::MaxFieldChars);
    if (deviceId > 0) {
        r.deviceId = deviceId;
        r.knownIdentity = true; // a renewal signed by a bound identity
    }
    context.auditRefusal(r);
    ScepIssueDecision d;
    d.failInfo = Scep::FailInfo::BadRequest;
    d.reason = reason;
    return d;
}

ScepIssueDecision AppleScepIssuer::enroll(const ScepRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    const QString transaction = transactionOf(request);
    if (request.challengePassword().isEmpty())
        return refuse(context, QStringLiteral("reason=no-challenge transaction=%1").arg(transaction));
    const qint64 now = m_runtime.now();
    QString refusal;
    qint64 enrollmentId = 0;
    QByteArray certificate;
    {
        // Consume, issue, record and audit together: a crash or a failure leaves the challenge unused
        // and nothing issued. The refusal is audited after the rollback.
        WriteTransaction tx(db);
        QString sha;
        CertificateInfo info;
        if (!tx.isActive()) {
            refusal = QStringLiteral("reason=database-busy");
        } else if (!AppleEnrollmentRepository(db).consumeChallenge(hashSecret(request.challengePassword()), now, enrollmentId)) {
            // Never log the challenge itself.
            refusal = QStringLiteral("reason=challenge-unknown-used-or-expired transaction=%1").arg(transaction);
        } else if (Status s = m_runtime.ca().issueClientCertificate(request.csrDer(), m_runtime.options().identityValidityDays,
                                                                     certificate);
                   !s) {
            refusal = QStringLiteral("reason=csr-refused enrollment=%1 detail=%2").arg(enrollmentId).arg(AuditText::field(s.message().toUtf8(), 128));
        } else if (!CertificateInfo::fromBytes(certificate, info)
                   || !AppleIdentityRepository(db).recordIssued(sha = QString::fromLatin1(info.sha256().toHex()), enrollmentId,
                                                                0, info.subject(), info.serialHex(), now,
                                                                info.notAfter().toSecsSinceEpoch())
                   || !AuditLog(db).record(kScep, QStringLiteral("scep.issued"), QStringLiteral("success"),
                                           QStringLiteral("enrollment=%1 subject=%2 cert_sha256=%3")
                                               .arg(enrollmentId)
                                               .arg(info.subject(), sha))
                   || !tx.commit()) {
            refusal = QStringLiteral("reason=database enrollment=%1").arg(enrollmentId);
        }
    }
    if (!refusal.isEmpty())
        return refuse(context, refusal);
    ScepIssueDecision d;
    d.issued = true;
    d.certificateDer = certificate;
    return d;
}

ScepIssueDecision AppleScepIssuer::renew(const ScepRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    // The old certificate signed the request (ScepRequest checked the signature). Only certificates
    // this console issued are in apple_identities, so finding it bound is the proof of origin.
    CertificateInfo old;
    if (!CertificateInfo::fromBytes(request.signerCertificateDer(), old))
        return refuse(context, QStringLiteral("reason=renewal-unreadable-signer"));
    const QString oldSha = QString::fromLatin1(old.sha256().toHex());
    AppleIdentityRepository identities(db);
    const std::optional<AppleIdentity> identity = identities.find(oldSha);
    if (!identity || identity->state != QLatin1String("bound") || identity->deviceId <= 0 || old.isExpired())
        return refuse(context, QStringLiteral("reason=renewal-unknown-identity cert_sha256=%1").arg(oldSha));
    const qint64 now = m_runtime.now();
    QByteArray certificate;
    if (Status s = m_runtime.ca().issueClientCertificate(request.csrDer(), m_runtime.options().identityValidityDays, certificate); !s)
        return refuse(context, QStringLiteral("reason=csr-refused detail=%1").arg(AuditText::field(s.message().toUtf8(), 128)), identity->deviceId);
    CertificateInfo info;
    CertificateInfo::fromBytes(certificate, info);
    const QString sha = QString::fromLatin1(info.sha256().toHex());
    bool ok = false;
    {
        WriteTransaction tx(db);
        ok = tx.isActive()
             && identities.recordIssued(sha, identity->enrollmentId, identity->deviceId, info.subject(), info.serialHex(), now,
                                        info.notAfter().toSecsSinceEpoch())
             && AuditLog(db).record(kScep, QStringLiteral("scep.renewed"), QStringLiteral("success"),
                                    QStringLiteral("old_cert_sha256=%1 cert_sha256=%2").arg(oldSha, sha), identity->deviceId)
             && tx.commit();
    }
    if (!ok)
        return refuse(context, QStringLiteral("reason=database"), identity->deviceId);
    ScepIssueDecision d;
    d.issued = true;
    d.certificateDer = certificate;
    return d;
}
