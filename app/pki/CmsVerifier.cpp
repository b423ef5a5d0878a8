#include "pki/CmsVerifier.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace {


Status invalid(const QString &message)
{
    ssl::clearErrors();
    return Status::failure(ErrorCode::InvalidInput, message);
}

Status rejected(const QString &message)
{
    const QString detail = ssl::takeErrors();
    return Status::failure(ErrorCode::AuthenticationFailed,
                           detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'));
}

// The reason of the first error CMS_verify left: tells a bad signature from an untrusted signer.
int firstCmsReason()
{
    return ERR_GET_REASON(ERR_peek_error());
}

// SHA-1 because older iOS versions sign check-ins with it; SHA-2 for the rest. MD5 and others are refused
// even though OpenSSL would still verify them.
bool isAcceptedDigest(CMS_SignerInfo *signerInfo)
{
    X509_ALGOR *digest = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digest, nullptr);
    const ASN1_OBJECT *algorithm = nullptr;
    if (digest)
        X509_ALGOR_get0(&algorithm, nullptr, nullptr, digest);
    switch (algorithm ? OBJ_obj2nid(algorithm) : NID_undef) {
    case NID_sha1:
    case NID_sha256:
    case NID_sha384:
    case NID_sha512:
        return true;
    default:
        return false;
    }
}

} // namespace

Status CmsVerifier::create(const QByteArray &trustedCaPem, CmsVerifier &out)
{
    std::shared_ptr<X509_STORE> store;
    if (Status s = buildStore(trustedCaPem, {}, store); !s)
        return s;
    out.m_trustedCaPem = trustedCaPem;
    out.m_store = std::move(store);
    return Status::success();
}

Status CmsVerifier::setVerificationTime(const QDateTime &time)
{
    std::shared_ptr<X509_STORE> store;
    if (Status s = buildStore(m_trustedCaPem, time, store); !s)
        return s;
    m_store = std::move(store);
    return Status::success();
}

Status CmsVerifier::buildStore(const QByteArray &trustedCaPem, const QDateTime &time,
                               std::shared_ptr<X509_STORE> &out)
{
    ssl::X509StackPtr anchors = ssl::readCertificates(trustedCaPem);
    if (!anchors || sk_X509_num(anchors.get()) == 0)
        return invalid(QCoreApplication::translate("CmsVerifier", "No trusted certificate authority was given."));
    std::shared_ptr<X509_STORE> store(X509_STORE_new(), X509_STORE_free);
    if (!store)
        return Status::failure(ErrorCode::Failure, ssl::takeErrors());
    for (int i = 0; i < sk_X509_num(anchors.get()); ++i) {
        if (X509_STORE_add_cert(store.get(), sk_X509_value(anchors.get(), i)) != 1)
            return Status::failure(ErrorCode::Failure, ssl::takeErrors());
    }
    // Device identities are TLS client certificates (clientAuth), not S/MIME ones: CMS_verify's
    // default purpose (smime_sign) would refuse them. A purpose set on the store takes precedence.
    X509_STORE_set_purpose(store.get(), X509_PURPOSE_SSL_CLIENT);
    if (time.isValid())
        X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()), time.toSecsSinceEpoch());
    out = std::move(store);
    return Status::success();
}

Status CmsVerifier::verifyDetached(const QByteArray &signatureBase64, const QByteArray &body,
                                   VerifiedSigner &out) const
{
    if (!m_store)
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CmsVerifier", "No trusted certificate authority is loaded."));
    const QByteArray compact = signatureBase64.simplified().replace(' ', QByteArray());
    if (compact.isEmpty())
        return invalid(QCoreApplication::translate("CmsVerifier", "The message has no signature."));
    if (compact.size() > MaxSignatureBytes)
        return invalid(QCoreApplication::translate("CmsVerifier", "The signature is too large."));
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return invalid(QCoreApplication::translate("CmsVerifier", "The signature is not valid base64."));

    ssl::BioPtr signatureBio = ssl::readBio(decoded.decoded);
    ssl::CmsPtr cms(signatureBio ? d2i_CMS_bio(signatureBio.get(), nullptr) : nullptr);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return invalid(QCoreApplication::translate("CmsVerifier", "The signature is not a CMS SignedData structure."));
    if (CMS_is_detached(cms.get()) != 1)
        return invalid(QCoreApplication::translate("CmsVerifier", "The signature must be detached from the message body."));
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1)
        return invalid(QCoreApplication::translate("CmsVerifier", "The signature must have exactly one signer."));
    if (!isAcceptedDigest(sk_CMS_SignerInfo_value(signerInfos, 0)))
        return Status::failure(ErrorCode::AuthenticationFailed, QCoreApplication::translate("CmsVerifier", "The signature uses a digest that is not accepted."));

    ssl::BioPtr bodyBio = ssl::readBio(body);
    if (!bodyBio)
        return invalid(QCoreApplication::translate("CmsVerifier", "The message body is too large."));
    ssl::clearErrors();
    if (CMS_verify(cms.get(), nullptr, m_store.get(), bodyBio.get(), nullptr, CMS_BINARY) != 1) {
        const int reason = firstCmsReason();
        if (reason == CMS_R_CERTIFICATE_VERIFY_ERROR)
            return rejected(QCoreApplication::translate("CmsVerifier", "The signing certificate is not trusted."));
        if (reason == CMS_R_SIGNER_CERTIFICATE_NOT_FOUND)
            return rejected(QCoreApplication::translate("CmsVerifier", "The signature does not carry its signing certificate."));
        return rejected(QCoreApplication::translate("CmsVerifier", "The signature does not match the message."));
    }
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get()); // borrowed certificates, own stack
    X509 *signer = signers && sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    VerifiedSigner result;
    if (signer) {
        result.certificateDer = ssl::certificateDer(signer);
        result.sha256 = ssl::sha256(signer);
        result.subject = ssl::nameToString(X509_get_subject_name(signer));
    }
    sk_X509_free(signers);
    if (result.sha256.isEmpty())
        return rejected(QCoreApplication::translate("CmsVerifier", "The signing certificate could not be read."));
    out = result;
    return Status::success();
}
