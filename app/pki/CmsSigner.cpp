#include "pki/CmsSigner.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>

namespace {


} // namespace

Status CmsSigner::create(const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                         const QByteArray &chainPem, CmsSigner &out)
{
    ssl::X509Ptr certificate = ssl::readCertificate(certificatePem);
    ssl::PKeyPtr key = ssl::readPrivateKey(privateKeyPem);
    ssl::X509StackPtr chain = ssl::readCertificates(chainPem);
    const bool matches = certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
    ssl::clearErrors();
    if (!certificate || !key || !chain)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CmsSigner", "The signing certificate or key is unreadable."));
    if (!matches)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CmsSigner", "The signing key does not belong to the certificate."));
    out.m_certificate = ssl::share(std::move(certificate));
    out.m_key = ssl::share(std::move(key));
    out.m_chain = std::shared_ptr<STACK_OF(X509)>(chain.release(), ssl::X509StackFree());
    return Status::success();
}

Status CmsSigner::sign(const QByteArray &content, QByteArray &signedDer) const
{
    if (!m_certificate)
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CmsSigner", "No signing certificate is loaded."));
    ssl::BioPtr input = ssl::readBio(content);
    // CMS_BINARY: the bytes are signed exactly as given (no MIME line-ending canonicalisation).
    constexpr unsigned int flags = CMS_BINARY | CMS_PARTIAL;
    ssl::CmsPtr cms(input ? CMS_sign(nullptr, nullptr, m_chain.get(), nullptr, flags) : nullptr);
    ssl::BioPtr output(BIO_new(BIO_s_mem()));
    const bool ok = cms && output
                    && CMS_add1_signer(cms.get(), m_certificate.get(), m_key.get(), EVP_sha256(), flags)
                    && CMS_final(cms.get(), input.get(), nullptr, flags) == 1
                    && i2d_CMS_bio(output.get(), cms.get()) == 1;
    if (!ok) {
        const QString detail = ssl::takeErrors();
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CmsSigner", "The profile could not be signed: %1").arg(detail));
    }
    signedDer = ssl::bioBytes(output.get());
    return Status::success();
}
