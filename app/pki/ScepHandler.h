#pragma once

#include "endpoint/RequestHandler.h"
#include "pki/CertificateAuthority.h"

class ScepIssuer;

// The SCEP route (RFC 8894): GET ?operation=GetCACaps | GetCACert | PKIOperation&message=<base64>,
// and POST ?operation=PKIOperation with the DER message as body. Requests that cannot be read as a
// SCEP message for this CA get 400; readable ones always get a signed CertRep (SUCCESS with the
// certificate, or FAILURE with a failInfo) as the RFC asks.
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
