#include "pki/CertificateAuthority.h"

#include "pki/CertificateBuilder.h"
#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/pem.h>

namespace {


Status opensslFailure(const QString &what)
{
    const QString detail = ssl::takeErrors();
    return Status::failure(ErrorCode::Failure, detail.isEmpty() ? what : what + QStringLiteral(" ") + detail);
}

bool isHostName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

ssl::RequestPtr readRequest(const QByteArray &csr)
{
    ssl::BioPtr bio = ssl::readBio(csr);
    if (!bio)
        return nullptr;
    if (ssl::looksLikePem(csr))
        return ssl::RequestPtr(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    return ssl::RequestPtr(d2i_X509_REQ_bio(bio.get(), nullptr));
}

Status checkValidity(int validityDays, int maxDays)
{
    if (validityDays < 1 || validityDays > maxDays)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("CertificateAuthority", "The validity must be between 1 and %1 days.").arg(maxDays));
    return Status::success();
}

} // namespace

Status CertificateAuthority::create(const QString &commonName, const QString &organization,
                                    KeyAlgorithm algorithm, int validityDays, CertificateAuthority &out)
{
    if (commonName.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "The certificate authority needs a name."));
    if (algorithm == KeyAlgorithm::EcP256)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("CertificateAuthority", "The certificate authority needs an RSA key: iOS enrolls through SCEP only "
                                  "with an RSA certificate authority."));
    if (Status s = checkValidity(validityDays, 30 * 365); !s)
        return s;
    ssl::PKeyPtr key(CertificateBuilder::generateKey(algorithm));
    if (!key)
        return opensslFailure(QCoreApplication::translate("CertificateAuthority", "Could not generate the certificate authority's key."));
    CertificateBuilder builder(validityDays);
    builder.setSubject(commonName.trimmed(), organization.trimmed());
    builder.setPublicKey(key.get());
    builder.setIssuer(nullptr);
    builder.addExtension(NID_basic_constraints, "critical,CA:TRUE");
    builder.addExtension(NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    builder.addExtension(NID_subject_key_identifier, "hash");
    builder.addExtension(NID_authority_key_identifier, "keyid:always");
    ssl::X509Ptr certificate(builder.sign(key.get()));
    if (!certificate)
        return opensslFailure(QCoreApplication::translate("CertificateAuthority", "Could not create the certificate authority's certificate."));
    out.m_certificate = ssl::share(std::move(certificate));
    out.m_key = ssl::share(std::move(key));
    return Status::success();
}

Status CertificateAuthority::load(const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                                  CertificateAuthority &out)
{
    ssl::X509Ptr certificate = ssl::readCertificate(certificatePem);
    ssl::PKeyPtr key = ssl::readPrivateKey(privateKeyPem);
    ssl::clearErrors();
    if (!certificate)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "The certificate authority's certificate is unreadable."));
    if (!key)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "The certificate authority's private key is unreadable."));
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ssl::clearErrors();
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("CertificateAuthority", "The private key does not belong to the certificate authority's certificate."));
    }
    if (X509_check_ca(certificate.get()) == 0)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "The certificate is not a certificate authority."));
    out.m_certificate = ssl::share(std::move(certificate));
    out.m_key = ssl::share(std::move(key));
    return Status::success();
}

QByteArray CertificateAuthority::certificatePem() const
{
    return m_certificate ? ssl::certificatePem(m_certificate.get()) : QByteArray();
}

QByteArray CertificateAuthority::certificateDer() const
{
    return m_certificate ? ssl::certificateDer(m_certificate.get()) : QByteArray();
}

QByteArray CertificateAuthority::privateKeyPem() const
{
    return m_key ? ssl::privateKeyPem(m_key.get()) : QByteArray();
}

Status CertificateAuthority::issueTlsCertificate(const QStringList &dnsNames, const QList<QHostAddress> &addresses,
                                                 int validityDays, TlsIdentity &out) const
{
    if (isNull())
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CertificateAuthority", "No certificate authority is loaded."));
    if (Status s = checkValidity(validityDays, MaxTlsValidityDays); !s)
        return s;
    if (dnsNames.isEmpty() && addresses.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "The TLS certificate needs a host name or an IP address."));
    for (const QString &name : dnsNames) {
        if (!isHostName(name))
            return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "\"%1\" is not a valid host name.").arg(name));
    }
    QList<QHostAddress> plainAddresses;
    for (QHostAddress address : addresses) {
        if (address.isNull())
            return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "An IP address of the TLS certificate is empty."));
        address.setScopeId(QString());
        plainAddresses.append(address);
    }
    ssl::PKeyPtr key(CertificateBuilder::generateKey(KeyAlgorithm::EcP256));
    if (!key)
        return opensslFailure(QCoreApplication::translate("CertificateAuthority", "Could not generate the TLS key."));
    CertificateBuilder builder(validityDays);
    // iOS reads only the SAN; the CN is for people reading the certificate.
    builder.setSubject(dnsNames.isEmpty() ? plainAddresses.first().toString() : dnsNames.first(), QString());
    builder.setPublicKey(key.get());
    builder.setIssuer(m_certificate.get());
    builder.addExtension(NID_basic_constraints, "critical,CA:FALSE");
    builder.addExtension(NID_key_usage, "critical,digitalSignature");
    builder.addExtension(NID_ext_key_usage, "serverAuth");
    builder.addExtension(NID_subject_key_identifier, "hash");
    builder.addExtension(NID_authority_key_identifier, "keyid:always");
    builder.addSubjectAltNames(dnsNames, plainAddresses);
    ssl::X509Ptr certificate(builder.sign(m_key.get()));
    if (!certificate)
        return opensslFailure(QCoreApplication::translate("CertificateAuthority", "Could not issue the TLS certificate."));
    out.certificatePem = ssl::certificatePem(certificate.get());
    out.privateKeyPem = ssl::privateKeyPem(key.get());
    out.chainPem = certificatePem();
    return Status::success();
}

Status CertificateAuthority::issueClientCertificate(const QByteArray &csr, int validityDays,
                                                    QByteArray &certificateDer) const
{
    if (isNull())
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CertificateAuthority", "No certificate authority is loaded."));
    if (Status s = checkValidity(validityDays, MaxTlsValidityDays); !s)
        return s;
    ssl::RequestPtr request = readRequest(csr);
    EVP_PKEY *requestKey = request ? X509_REQ_get0_pubkey(request.get()) : nullptr;
    if (!requestKey) {
        ssl::clearErrors();
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "The certificate request is unreadable."));
    }
    if (X509_REQ_verify(request.get(), requestKey) != 1) {
        ssl::clearErrors();
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "The certificate request's signature does not verify."));
    }
    const int type = EVP_PKEY_get_base_id(requestKey);
    const int bits = EVP_PKEY_get_bits(requestKey);
    if (!((type == EVP_PKEY_RSA && bits >= 2048) || (type == EVP_PKEY_EC && bits >= 256)))
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("CertificateAuthority", "The certificate request's key is too weak (RSA 2048 or EC P-256 at least)."));
    const X509_NAME *subject = X509_REQ_get_subject_name(request.get());
    if (X509_NAME_entry_count(subject) == 0)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CertificateAuthority", "The certificate request has no subject."));

    CertificateBuilder builder(validityDays);
    builder.setSubject(subject);
    builder.setPublicKey(requestKey);
    builder.setIssuer(m_certificate.get());
    builder.addExtension(NID_basic_constraints, "critical,CA:FALSE");
    builder.addExtension(NID_key_usage, type == EVP_PKEY_RSA ? "critical,digitalSignature,keyEncipherment"
                                                             : "critical,digitalSignature");
    builder.addExtension(NID_ext_key_usage, "clientAuth");
    builder.addExtension(NID_subject_key_identifier, "hash");
    builder.addExtension(NID_authority_key_identifier, "keyid:always");
    ssl::X509Ptr certificate(builder.sign(m_key.get()));
    if (!certificate)
        return opensslFailure(QCoreApplication::translate("CertificateAuthority", "Could not issue the client certificate."));
    certificateDer = ssl::certificateDer(certificate.get());
    return Status::success();
}
