#pragma once

#include "pki/ScepTypes.h"

#include <QByteArray>

class EndpointContext;
class ScepRequest;

// What to issue for a verified SCEP request: the enrollment side (one-time challenges, which device
// identity the certificate becomes) lives outside app/pki and plugs in here.
struct ScepIssueDecision {
    bool issued = false;
    QByteArray certificateDer;                      // when issued
    Scep::FailInfo failInfo = Scep::FailInfo::BadRequest; // when not
};

class ScepIssuer
{
public:
    virtual ~ScepIssuer() = default;
    // Called on an endpoint worker thread; must decide atomically (a challenge is good once).
    virtual ScepIssueDecision issue(const ScepRequest &request, EndpointContext &context) = 0;
};
