#pragma once

#include "core/Status.h"
#include "pki/ScepTypes.h"

#include <QByteArray>

class CertificateAuthority;
class ScepRequest;

// The CA's answer to a SCEP request (RFC 8894 3.3.2): a CMS SignedData by the CA whose signed
// attributes carry messageType CertRep, pkiStatus, failInfo (on failure), transactionID,
// recipientNonce (the request's senderNonce) and a fresh senderNonce. On success the content is an
// EnvelopedData, encrypted to the requester's certificate, holding a degenerate PKCS#7 with the
// issued certificate; on failure there is no content.
namespace ScepCertRep {
Status success(const CertificateAuthority &ca, const ScepRequest &request, const QByteArray &issuedCertificateDer,
               QByteArray &out);
Status failure(const CertificateAuthority &ca, const ScepRequest &request, Scep::FailInfo failInfo, QByteArray &out);
} // namespace ScepCertRep
