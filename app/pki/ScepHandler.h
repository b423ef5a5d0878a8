#pragma once

#include "endpoint/RequestHandler.h"
#include "pki/CertificateAuthority.h"

class ScepIssuer;

// The SCEP route (RFC 8894): GET ?operation=GetCACaps | GetCACert | PKIOperation&message=<base64>,
// and POST ?operation=PKIOperation with the DER message as body. Requests that cannot be read as a
// SCEP message far enough to answer (no signed transactionID, senderNonce and signer certificate)
// get 400; all others get a signed CertRep as RFC 8894 3.3.2 asks: SUCCESS with the certificate,
// or FAILURE with a failInfo (badAlg, badMessageCheck, badRequest, badCertId), the reason audited by
// the issuer and written to the log.
class ScepHandler : public RequestHandler
{
public:
    ScepHandler(const CertificateAuthority &ca, ScepIssuer &issuer);

    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;

    static QByteArray capabilities();

private:
    HttpResponse pkiOperation(const QByteArray &message, EndpointContext &context);

    CertificateAuthority m_ca;
    ScepIssuer &m_issuer;
};
