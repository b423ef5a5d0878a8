#include "pki/TlsIdentityImporter.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QLocale>

#include <openssl/provider.h>

#include <mutex>

namespace {


Status invalid(const QString &message)
{
    ssl::clearErrors();
    return Status::failure(ErrorCode::InvalidInput, message);
}

// PKCS#12 files exported by older Windows and macOS versions encrypt the certificates with RC2,
// which OpenSSL 3 keeps in its "legacy" provider. Loaded once, on demand, next to the default one.
bool loadLegacyProvider()
{
    // Kept for the life of the process (and reachable, so leak checkers see them as owned).
    static OSSL_PROVIDER *legacy = nullptr;
    static OSSL_PROVIDER *standard = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        legacy = OSSL_PROVIDER_load(nullptr, "legacy");
        standard = OSSL_PROVIDER_load(nullptr, "default");
    });
    return legacy && standard;
}

} // namespace

Status TlsIdentityImporter::fromPem(const QByteArray &certificatesPem, const QByteArray &privateKeyPem,
                                    const QByteArray &keyPassword, TlsIdentity &out) const
{
    ssl::X509StackPtr certificates = ssl::readCertificates(certificatesPem);
    if (!certificates || sk_X509_num(certificates.get()) == 0)
        return invalid(QCoreApplication::translate("TlsIdentityImporter", "No certificate was found in the PEM file."));
    ssl::PKeyPtr key = ssl::readPrivateKey(privateKeyPem, keyPassword);
    if (!key) {
        return invalid(privateKeyPem.contains("ENCRYPTED") ? QCoreApplication::translate("TlsIdentityImporter", "The private key's password is wrong.")
                                                           : QCoreApplication::translate("TlsIdentityImporter", "The private key is unreadable."));
    }
    ssl::X509Ptr leaf(sk_X509_shift(certificates.get()));
    return check(leaf.get(), key.get(), certificates.get(), out);
}

Status TlsIdentityImporter::fromPkcs12(const QByteArray &pkcs12, const QString &password, TlsIdentity &out) const
{
    ssl::BioPtr bio = ssl::readBio(pkcs12);
    ssl::Pkcs12Ptr bundle(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    if (!bundle)
        return invalid(QCoreApplication::translate("TlsIdentityImporter", "The file is not a PKCS#12 bundle."));
    const QByteArray pass = password.toUtf8();
    if (PKCS12_mac_present(bundle.get())
        && PKCS12_verify_mac(bundle.get(), pass.constData(), static_cast<int>(pass.size())) != 1)
        return invalid(QCoreApplication::translate("TlsIdentityImporter", "The PKCS#12 password is wrong."));
    EVP_PKEY *rawKey = nullptr;
    X509 *rawLeaf = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    int parsed = PKCS12_parse(bundle.get(), pass.constData(), &rawKey, &rawLeaf, &rawChain);
    if (parsed != 1 && loadLegacyProvider()) {
        ssl::clearErrors();
        parsed = PKCS12_parse(bundle.get(), pass.constData(), &rawKey, &rawLeaf, &rawChain);
    }
    ssl::PKeyPtr key(rawKey);
    ssl::X509Ptr leaf(rawLeaf);
    ssl::X509StackPtr chain(rawChain ? rawChain : sk_X509_new_null());
    if (parsed != 1) {
        const QString detail = ssl::takeErrors();
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("TlsIdentityImporter", "The PKCS#12 bundle could not be read (%1).").arg(detail));
    }
    if (!leaf || !key)
        return invalid(QCoreApplication::translate("TlsIdentityImporter", "The PKCS#12 bundle must hold a certificate and its private key."));
    return check(leaf.get(), key.get(), chain.get(), out);
}

Status TlsIdentityImporter::check(X509 *leaf, EVP_PKEY *key, STACK_OF(X509) *chain, TlsIdentity &out) const
{
    if (X509_check_private_key(leaf, key) != 1)
        return invalid(QCoreApplication::translate("TlsIdentityImporter", "The private key does not belong to the certificate."));
    const QDateTime now = m_checkTime.isValid() ? m_checkTime : QDateTime::currentDateTimeUtc();
    const QDateTime notAfter = ssl::toDateTime(X509_get0_notAfter(leaf));
    if (now > notAfter)
        return invalid(QCoreApplication::translate("TlsIdentityImporter", "The certificate expired on %1.").arg(QLocale().toString(notAfter, QLocale::ShortFormat)));
    if (now < ssl::toDateTime(X509_get0_notBefore(leaf)))
        return invalid(QCoreApplication::translate("TlsIdentityImporter", "The certificate is not valid yet."));

    ssl::StorePtr store(X509_STORE_new());
    if (!store)
        return Status::failure(ErrorCode::Failure, ssl::takeErrors());
    if (m_useSystemStore)
        X509_STORE_set_default_paths(store.get());
    ssl::X509StackPtr anchors = ssl::readCertificates(m_extraAnchorsPem);
    for (int i = 0; anchors && i < sk_X509_num(anchors.get()); ++i)
        X509_STORE_add_cert(store.get(), sk_X509_value(anchors.get(), i));
    ssl::StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), leaf, chain) != 1)
        return Status::failure(ErrorCode::Failure, ssl::takeErrors());
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), now.toSecsSinceEpoch());
    if (X509_verify_cert(context.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(context.get());
        return invalid(QCoreApplication::translate("TlsIdentityImporter", "The certificate does not chain to a trusted root: %1.")
                           .arg(QString::fromUtf8(X509_verify_cert_error_string(error))));
    }
    TlsIdentity identity;
    identity.certificatePem = ssl::certificatePem(leaf);
    identity.privateKeyPem = ssl::privateKeyPem(key);
    for (int i = 0; i < sk_X509_num(chain); ++i)
        identity.chainPem += ssl::certificatePem(sk_X509_value(chain, i));
    ssl::clearErrors();
    out = identity;
    return Status::success();
}
