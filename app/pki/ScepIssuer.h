#pragma once

#include "pki/ScepTypes.h"

#include <QByteArray>
#include <QString>

class EndpointContext;
class ScepRequest;

// What to issue for a verified SCEP request: the enrollment side (one-time challenges, which device
// identity the certificate becomes) lives outside app/pki and plugs in here.
struct ScepIssueDecision {
    bool issued = false;
    QByteArray certificateDer;                      // when issued
    Scep::FailInfo failInfo = Scep::FailInfo::BadRequest; // when not
    QString reason;                                 // when not: what the audit entry says, for the log
};

class ScepIssuer
{
public:
    virtual ~ScepIssuer() = default;
    // Called on an endpoint worker thread; must decide atomically (a challenge is good once).
    virtual ScepIssueDecision issue(const ScepRequest &request, EndpointContext &context) = 0;
    // A request refused before it reached issue() (bad signature, cipher, envelope) that is still
    // answered with a CertRep FAILURE: recorded like the issuer's own refusals. `reason` is
    // request.refusalReason(). Returns what the audit entry says.
    virtual QString refused(const ScepRequest &request, EndpointContext &context) = 0;
};
