#pragma once

#include "endpoint/RequestHandler.h"
#include "fleet/DeviceTypes.h"
#include "pki/CertificateAuthority.h"

// POST /agent/v1/enroll: a one-time enrollment token and a PKCS#10 request buy the agent its device
// credential, a clientAuth certificate from the console CA. The token is spent in the same
// transaction that creates the device and binds the certificate's SHA-256 to it.
class AgentEnrollHandler : public RequestHandler
{
public:
    explicit AgentEnrollHandler(CertificateAuthority ca) : m_ca(std::move(ca)) {}
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;

    // Which management modes an ownership model allows (a BYOD phone is never fully managed).
    static bool modeAllowed(Ownership ownership, const QString &managementMode);

private:
    const CertificateAuthority m_ca;
};
