#include "pki/ScepCertRep.h"

#include "pki/CertificateAuthority.h"
#include "pki/OpenSsl.h"
#include "pki/ScepAttributes.h"
#include "pki/ScepRequest.h"

#include <QCoreApplication>

#include <openssl/pkcs7.h>
#include <openssl/rand.h>

namespace {

Status failed(const char *what)
{
    const QString detail = ssl::takeErrors();
    const QString message = QCoreApplication::translate("ScepCertRep", what);
    return Status::failure(ErrorCode::Failure, detail.isEmpty() ? message : message + QStringLiteral(" ") + detail);
}

// The degenerate certificates-only SignedData that carries the issued certificate.
QByteArray degenerate(X509 *certificate)
{
    PKCS7 *p7 = PKCS7_new();
    QByteArray der;
    if (p7 && PKCS7_set_type(p7, NID_pkcs7_signed) == 1 && PKCS7_content_new(p7, NID_pkcs7_data) == 1
        && PKCS7_add_certificate(p7, certificate) == 1) {
        unsigned char *bytes = nullptr;
        const int length = i2d_PKCS7(p7, &bytes);
        if (length > 0)
            der = QByteArray(reinterpret_cast<const char *>(bytes), length);
        OPENSSL_free(bytes);
    }
    PKCS7_free(p7);
    return der;
}

const EVP_CIPHER *replyCipher(int requestNid)
{
    switch (requestNid) {
    case NID_aes_128_cbc:
    case NID_aes_192_cbc:
    case NID_aes_256_cbc:
    case NID_des_ede3_cbc:
        return EVP_get_cipherbynid(requestNid);
    default:
        return EVP_aes_128_cbc(); // what GetCACaps advertises
    }
}

Status sign(const CertificateAuthority &ca, const ScepRequest &request, Scep::PkiStatus status, Scep::FailInfo failInfo,
            const QByteArray &content, QByteArray &out)
{
    const unsigned int flags = CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    ssl::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    CMS_SignerInfo *signerInfo = cms ? CMS_add1_signer(cms.get(), ca.certificate().get(), ca.privateKey().get(),
                                                       EVP_sha256(), flags)
                                     : nullptr;
    if (!signerInfo)
        return failed("Cannot start the SCEP reply.");
    QByteArray senderNonce(16, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(senderNonce.data()), 16) != 1)
        return failed("Cannot make a nonce for the SCEP reply.");
    bool ok = ScepAttributes::addPrintable(signerInfo, Scep::OidMessageType, QByteArray::number(int(Scep::MessageType::CertRep)))
              && ScepAttributes::addPrintable(signerInfo, Scep::OidPkiStatus, QByteArray::number(int(status)))
              && ScepAttributes::addPrintable(signerInfo, Scep::OidTransactionId, request.transactionId())
              && ScepAttributes::addOctets(signerInfo, Scep::OidRecipientNonce, request.senderNonce())
              && ScepAttributes::addOctets(signerInfo, Scep::OidSenderNonce, senderNonce);
    if (ok && status == Scep::PkiStatus::Failure)
        ok = ScepAttributes::addPrintable(signerInfo, Scep::OidFailInfo, QByteArray::number(int(failInfo)));
    ssl::BioPtr in = ssl::readBio(content);
    if (!ok || !in || CMS_final(cms.get(), in.get(), nullptr, CMS_BINARY) != 1)
        return failed("Cannot sign the SCEP reply.");
    ssl::BioPtr der(BIO_new(BIO_s_mem()));
    if (!der || i2d_CMS_bio(der.get(), cms.get()) != 1)
        return failed("Cannot encode the SCEP reply.");
    out = ssl::bioBytes(der.get());
    return Status::success();
}

} // namespace

namespace ScepCertRep {

Status success(const CertificateAuthority &ca, const ScepRequest &request, const QByteArray &issuedCertificateDer,
               QByteArray &out)
{
    ssl::X509Ptr issued = ssl::readCertificate(issuedCertificateDer);
    ssl::X509Ptr recipient = ssl::readCertificate(request.signerCertificateDer());
    if (!issued || !recipient)
        return failed("The SCEP reply's certificates are unreadable.");
    const QByteArray inner = degenerate(issued.get());
    ssl::X509StackPtr recipients(sk_X509_new_null());
    ssl::BioPtr innerIn = ssl::readBio(inner);
    if (inner.isEmpty() || !recipients || !innerIn || sk_X509_push(recipients.get(), recipient.get()) <= 0)
        return failed("Cannot build the SCEP reply's content.");
    recipient.release(); // now owned by the stack
    ssl::CmsPtr envelope(CMS_encrypt(recipients.get(), innerIn.get(), replyCipher(request.contentCipherNid()), CMS_BINARY));
    ssl::BioPtr envelopeDer(BIO_new(BIO_s_mem()));
    if (!envelope || !envelopeDer || i2d_CMS_bio(envelopeDer.get(), envelope.get()) != 1)
        return failed("Cannot encrypt the issued certificate for the requester.");
    return sign(ca, request, Scep::PkiStatus::Success, Scep::FailInfo::BadRequest, ssl::bioBytes(envelopeDer.get()), out);
}

Status failure(const CertificateAuthority &ca, const ScepRequest &request, Scep::FailInfo failInfo, QByteArray &out)
{
    return sign(ca, request, Scep::PkiStatus::Failure, failInfo, QByteArray(), out);
}

} // namespace ScepCertRep
