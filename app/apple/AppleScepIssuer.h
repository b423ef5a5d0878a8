#pragma once

#include "pki/ScepIssuer.h"

class AppleMdmRuntime;

// Decides SCEP requests for Apple enrollments. PKCSReq: the CSR's challengePassword must be the
// unused one-time challenge of an open, unexpired enrollment (looked up by its SHA-256); the
// challenge is consumed, the clientAuth identity issued and recorded against the enrollment, and the
// issuance audited, all in one transaction. RenewalReq: signed by a bound identity this CA issued;
// the new certificate is bound to the same device at once. Anything else: FAILURE badRequest,
// audited (scep.refused, with the reason), nothing issued or stored. Requests ScepRequest already
// refused (signature, cipher, envelope) are audited the same way through refused().
class AppleScepIssuer : public ScepIssuer
{
public:
    explicit AppleScepIssuer(AppleMdmRuntime &runtime);

    ScepIssueDecision issue(const ScepRequest &request, EndpointContext &context) override;
    QString refused(const ScepRequest &request, EndpointContext &context) override;

    static QString hashSecret(const QByteArray &secret); // hex SHA-256, as stored

private:
    // Audited through the context: refusals of unknown peers are folded per source and minute.
    ScepIssueDecision refuse(EndpointContext &context, const QString &reason, qint64 deviceId = 0);
    ScepIssueDecision enroll(const ScepRequest &request, EndpointContext &context);
    ScepIssueDecision renew(const ScepRequest &request, EndpointContext &context);

    AppleMdmRuntime &m_runtime;
};
