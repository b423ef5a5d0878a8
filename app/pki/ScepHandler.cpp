#include "pki/ScepHandler.h"

#include "pki/ScepCertRep.h"
#include "pki/ScepIssuer.h"
#include "pki/ScepRequest.h"

#include <QtGlobal>

ScepHandler::ScepHandler(const CertificateAuthority &ca, ScepIssuer &issuer) : m_ca(ca), m_issuer(issuer) {}

QByteArray ScepHandler::capabilities()
{
    // One capability per line (RFC 8894 3.5.2). No DES or SHA-1 is advertised: clients then pick
    // AES and SHA-256.
    return "POSTPKIOperation\nSHA-256\nAES\nSCEPStandard\nRenewal\n";
}

HttpResponse ScepHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    const QUrlQuery query = request.query();
    const QString operation = query.queryItemValue(QStringLiteral("operation"), QUrl::FullyDecoded);
    const bool get = request.method == "GET";
    if (!get && request.method != "POST")
        return HttpResponse::error(405, "method not allowed");
    if (operation == QLatin1String("GetCACaps") && get)
        return HttpResponse::ok("text/plain", capabilities());
    if (operation == QLatin1String("GetCACert") && get)
        return HttpResponse::ok(Scep::ContentTypeCaCert, m_ca.certificateDer());
    if (operation != QLatin1String("PKIOperation"))
        return HttpResponse::error(400, "unknown SCEP operation");
    if (!get) {
        if (request.body.size() > ScepRequest::MaxMessageBytes)
            return HttpResponse::error(413, "SCEP message too large");
        return pkiOperation(request.body, context);
    }
    // GET carries the message base64-encoded in the query; some clients leave '+' unescaped, which
    // form decoding would turn into a space.
    QByteArray encoded = query.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded).toLatin1();
    encoded.replace(' ', '+');
    if (encoded.size() > ScepRequest::MaxMessageBytes * 4 / 3 + 4)
        return HttpResponse::error(413, "SCEP message too large");
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return HttpResponse::error(400, "SCEP message is not base64");
    return pkiOperation(decoded.decoded, context);
}

HttpResponse ScepHandler::pkiOperation(const QByteArray &message, EndpointContext &context)
{
    ScepRequest request;
    const Status parsed = ScepRequest::parse(message, m_ca, request);
    if (!parsed && (parsed.code() != ErrorCode::InvalidInput || !request.isAnswerable()))
        return HttpResponse::error(parsed.code() == ErrorCode::InvalidInput ? 400 : 500, "unreadable SCEP message");
    ScepIssueDecision decision;
    if (parsed) {
        decision = m_issuer.issue(request, context);
    } else {
        decision.failInfo = request.failInfo();
        decision.reason = m_issuer.refused(request, context);
    }
    if (!decision.issued)
        // serve's log: the admin's first place to look when a device does not enroll. The reasons
        // name the check that failed, never the challenge.
        qWarning("scep: refused with failInfo %d: %s", int(decision.failInfo), qPrintable(decision.reason));
    QByteArray reply;
    const Status s = decision.issued ? ScepCertRep::success(m_ca, request, decision.certificateDer, reply)
                                     : ScepCertRep::failure(m_ca, request, decision.failInfo, reply);
    if (!s)
        return HttpResponse::error(500, "cannot build the SCEP reply");
    return HttpResponse::ok(Scep::ContentTypePkiMessage, reply);
}
