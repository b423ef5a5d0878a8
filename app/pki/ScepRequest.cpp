#include "pki/ScepRequest.h"

#include "pki/CertificateAuthority.h"
#include "pki/OpenSsl.h"
#include "pki/ScepAttributes.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>

namespace {

Status invalid(const QString &message)
{
    ssl::clearErrors();
    return Status::failure(ErrorCode::InvalidInput, message);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ScepRequest", text);
}

// The content-encryption algorithm the client chose for its envelope, read from the public PKCS#7
// structures (CMS has no getter): its NID (NID_undef when OpenSSL does not know the OID) and OID text.
struct EnvelopeAlgorithm {
    bool enveloped = false;
    int nid = NID_undef;
    QString oid;
};

EnvelopeAlgorithm envelopeAlgorithm(const QByteArray &envelopeDer)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(envelopeDer.constData());
    PKCS7 *p7 = d2i_PKCS7(nullptr, &bytes, static_cast<long>(envelopeDer.size()));
    EnvelopeAlgorithm out;
    if (p7 && PKCS7_type_is_enveloped(p7) && p7->d.enveloped && p7->d.enveloped->enc_data
        && p7->d.enveloped->enc_data->algorithm) {
        const ASN1_OBJECT *algorithm = p7->d.enveloped->enc_data->algorithm->algorithm;
        char text[80] = {};
        out.enveloped = true;
        out.nid = OBJ_obj2nid(algorithm);
        if (OBJ_obj2txt(text, sizeof text, algorithm, 1) > 0)
            out.oid = QString::fromLatin1(text);
    }
    PKCS7_free(p7);
    return out;
}

// RFC 8894 2.5 names DES (deprecated), triple DES and AES in CBC mode. Anything else, even a cipher
// OpenSSL could decrypt, is refused with badAlg: what a device may use stays a short, known list.
bool acceptedCipher(int nid)
{
    switch (nid) {
    case NID_des_cbc:
    case NID_des_ede3_cbc:
    case NID_aes_128_cbc:
    case NID_aes_192_cbc:
    case NID_aes_256_cbc:
        return true;
    default:
        return false;
    }
}

OSSL_LIB_CTX *legacyContext()
{
    static OSSL_LIB_CTX *const context = [] {
        OSSL_LIB_CTX *c = OSSL_LIB_CTX_new();
        if (c && (!OSSL_PROVIDER_load(c, "legacy") || !OSSL_PROVIDER_load(c, "default"))) {
            OSSL_LIB_CTX_free(c);
            c = nullptr;
        }
        ERR_clear_error();
        return c;
    }();
    return context;
}

QByteArray challengeOf(X509_REQ *request)
{
    const int index = X509_REQ_get_attr_by_NID(request, NID_pkcs9_challengePassword, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE *attribute = X509_REQ_get_attr(request, index);
    ASN1_TYPE *value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!value)
        return {};
    switch (value->type) {
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_UTF8STRING:
    case V_ASN1_IA5STRING:
    case V_ASN1_T61STRING:
    case V_ASN1_BMPSTRING:
    case V_ASN1_UNIVERSALSTRING: {
        unsigned char *utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, value->value.asn1_string);
        if (length < 0)
            return {};
        QByteArray text(reinterpret_cast<const char *>(utf8), length);
        OPENSSL_free(utf8);
        return text;
    }
    default:
        return {};
    }
}

} // namespace

Status ScepRequest::parse(const QByteArray &der, const CertificateAuthority &ca, ScepRequest &out)
{
    out = ScepRequest();
    if (ca.isNull())
        return Status::failure(ErrorCode::Failure, tr("No certificate authority is loaded."));
    if (der.isEmpty() || der.size() > MaxMessageBytes)
        return invalid(tr("The SCEP message is empty or too large."));
    ssl::BioPtr in = ssl::readBio(der);
    ssl::CmsPtr signedData(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!signedData || OBJ_obj2nid(CMS_get0_type(signedData.get())) != NID_pkcs7_signed)
        return invalid(tr("The SCEP message is not a CMS SignedData structure."));
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(signedData.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1)
        return invalid(tr("The SCEP message must have exactly one signer."));

    // What a reply needs is read before the signature is checked, so that a request that fails any
    // later check can be answered with a CertRep FAILURE the client understands. Nothing read here
    // is trusted until CMS_verify below succeeds.
    CMS_SignerInfo *signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    const QByteArray transactionId = ScepAttributes::printable(signerInfo, Scep::OidTransactionId);
    const QByteArray senderNonce = ScepAttributes::octets(signerInfo, Scep::OidSenderNonce);
    if (transactionId.isEmpty() || transactionId.size() > 256 || senderNonce.size() != 16)
        return invalid(tr("The SCEP message lacks a transaction id or a 16-byte sender nonce."));
    X509 *signer = nullptr;
    if (CMS_set1_signers_certs(signedData.get(), nullptr, 0) >= 0)
        CMS_SignerInfo_get0_algs(signerInfo, nullptr, &signer, nullptr, nullptr);
    const QByteArray signerDer = signer ? ssl::certificateDer(signer) : QByteArray();
    ssl::PKeyPtr signerKey(signer ? X509_get_pubkey(signer) : nullptr);
    if (signerDer.isEmpty() || !signerKey)
        return invalid(tr("The SCEP message does not carry its signer's certificate."));
    out.m_transactionId = transactionId;
    out.m_senderNonce = senderNonce;
    out.m_signerDer = signerDer;
    auto refuse = [&out](Scep::FailInfo failInfo, const QString &reason, const QString &message) {
        out.m_failInfo = failInfo;
        out.m_refusal = reason;
        return invalid(message);
    };

    // The signer's certificate is the requester's own (self-signed for a first enrollment): the
    // signature proves possession of the key; whether that certificate is trusted is the issuer's call.
    ssl::BioPtr content(BIO_new(BIO_s_mem()));
    if (!content
        || CMS_verify(signedData.get(), nullptr, nullptr, nullptr, content.get(), CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1)
        return refuse(Scep::FailInfo::BadMessageCheck, QStringLiteral("signature-invalid"),
                      tr("The SCEP message's signature does not verify."));

    bool ok = false;
    const int type = ScepAttributes::printable(signerInfo, Scep::OidMessageType).toInt(&ok);
    if (ok && (type == int(Scep::MessageType::CertPoll) || type == int(Scep::MessageType::GetCert)))
        // Nothing is ever left pending and no certificate is served by issuer and serial: whatever
        // the poll or query names is unknown here.
        return refuse(Scep::FailInfo::BadCertId, QStringLiteral("unknown-transaction-or-certificate type=%1").arg(type),
                      tr("No pending request or certificate matches this SCEP query."));
    if (!ok || (type != int(Scep::MessageType::PKCSReq) && type != int(Scep::MessageType::RenewalReq)))
        return refuse(Scep::FailInfo::BadRequest, QStringLiteral("unsupported-message-type"),
                      tr("Only PKCSReq and RenewalReq SCEP messages are supported."));

    const QByteArray envelopeDer = ssl::bioBytes(content.get());
    const EnvelopeAlgorithm algorithm = envelopeAlgorithm(envelopeDer);
    if (!algorithm.enveloped)
        return refuse(Scep::FailInfo::BadRequest, QStringLiteral("envelope-unreadable"),
                      tr("The SCEP message does not contain an EnvelopedData structure."));
    if (!acceptedCipher(algorithm.nid))
        return refuse(Scep::FailInfo::BadAlg, QStringLiteral("unsupported-cipher oid=%1").arg(algorithm.oid.left(64)),
                      tr("The SCEP envelope uses a content-encryption algorithm this console does not accept (%1).")
                          .arg(algorithm.oid.left(64)));
    ssl::BioPtr envelopeIn = ssl::readBio(envelopeDer);
    // Single DES lives in OpenSSL's legacy provider. Some SCEP clients (the Go scepclient, old
    // NDES tools) envelope their request with it whatever GetCACaps says; the envelope travels inside
    // the endpoint's TLS and carries a one-time challenge, so it is accepted for requests only, in a
    // library context of its own (the process keeps the modern defaults). Replies never use it.
    ssl::CmsPtr envelope(CMS_ContentInfo_new_ex(algorithm.nid == NID_des_cbc ? legacyContext() : nullptr, nullptr));
    CMS_ContentInfo *target = envelope.get();
    if (!envelopeIn || !envelope)
        envelope.reset();
    else if (!d2i_CMS_bio(envelopeIn.get(), &target))
        (void)envelope.release(); // a failed d2i into a given object frees it
    if (!envelope || OBJ_obj2nid(CMS_get0_type(envelope.get())) != NID_pkcs7_enveloped)
        return refuse(Scep::FailInfo::BadRequest, QStringLiteral("envelope-unreadable"),
                      tr("The SCEP message does not contain an EnvelopedData structure."));
    ssl::BioPtr plain(BIO_new(BIO_s_mem()));
    if (!plain || CMS_decrypt(envelope.get(), ca.privateKey().get(), ca.certificate().get(), nullptr, plain.get(), CMS_BINARY) != 1)
        return refuse(Scep::FailInfo::BadMessageCheck, QStringLiteral("envelope-not-decryptable"),
                      tr("The SCEP envelope cannot be decrypted with the certificate authority's key."));
    const QByteArray csrDer = ssl::bioBytes(plain.get());
    const auto *csrBytes = reinterpret_cast<const unsigned char *>(csrDer.constData());
    ssl::RequestPtr csr(d2i_X509_REQ(nullptr, &csrBytes, static_cast<long>(csrDer.size())));
    if (!csr)
        return refuse(Scep::FailInfo::BadRequest, QStringLiteral("csr-unreadable"),
                      tr("The SCEP envelope does not hold a PKCS#10 certificate request."));
    // A first enrollment must be signed with the key it asks a certificate for (RFC 8894 3.3.1).
    if (type == int(Scep::MessageType::PKCSReq) && EVP_PKEY_eq(signerKey.get(), X509_REQ_get0_pubkey(csr.get())) != 1)
        return refuse(Scep::FailInfo::BadMessageCheck, QStringLiteral("signer-is-not-the-requested-key"),
                      tr("The SCEP message is not signed with the requested key."));

    out.m_messageType = Scep::MessageType(type);
    out.m_csrDer = csrDer;
    out.m_challenge = challengeOf(csr.get());
    out.m_cipherNid = algorithm.nid;
    ssl::clearErrors();
    return Status::success();
}
