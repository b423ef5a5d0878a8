#include "pki/CertificateBuilder.h"

#include "pki/OpenSsl.h"

#include <utility>

CertificateBuilder::CertificateBuilder(int validityDays) : m_certificate(X509_new())
{
    constexpr int serialBits = 159; // positive and at most 20 octets (RFC 5280 4.1.2.2)
    constexpr long clockSkewSeconds = 3600;
    ssl::BigNumPtr serial(BN_new());
    m_ok = m_certificate && serial && X509_set_version(m_certificate, X509_VERSION_3) == 1;
    do {
        m_ok = m_ok && BN_rand(serial.get(), serialBits, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1;
    } while (m_ok && BN_is_zero(serial.get()));
    m_ok = m_ok && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(m_certificate))
           && X509_gmtime_adj(X509_getm_notBefore(m_certificate), -clockSkewSeconds)
           && X509_time_adj_ex(X509_getm_notAfter(m_certificate), validityDays, -clockSkewSeconds, nullptr);
}

CertificateBuilder::~CertificateBuilder()
{
    X509_free(m_certificate);
}

EVP_PKEY *CertificateBuilder::generateKey(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048});
    case KeyAlgorithm::Rsa3072:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{3072});
    case KeyAlgorithm::EcP256:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    }
    return nullptr;
}

bool CertificateBuilder::setSubject(const QString &commonName, const QString &organization)
{
    X509_NAME *name = X509_get_subject_name(m_certificate);
    auto add = [name](const char *field, const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        return value.isEmpty()
               || X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                             reinterpret_cast<const unsigned char *>(utf8.constData()),
                                             static_cast<int>(utf8.size()), -1, 0)
                      == 1;
    };
    m_ok = m_ok && !commonName.isEmpty() && add("O", organization) && add("CN", commonName);
    return m_ok;
}

bool CertificateBuilder::setSubject(const X509_NAME *name)
{
    m_ok = m_ok && X509_set_subject_name(m_certificate, name) == 1;
    return m_ok;
}

bool CertificateBuilder::setPublicKey(EVP_PKEY *key)
{
    m_ok = m_ok && X509_set_pubkey(m_certificate, key) == 1;
    return m_ok;
}

bool CertificateBuilder::setIssuer(X509 *issuer)
{
    m_issuer = issuer ? issuer : m_certificate;
    m_ok = m_ok && X509_set_issuer_name(m_certificate, X509_get_subject_name(m_issuer)) == 1;
    return m_ok;
}

bool CertificateBuilder::addExtension(int nid, const char *value)
{
    if (!m_ok || !m_issuer)
        return m_ok = false;
    X509V3_CTX context;
    X509V3_set_ctx(&context, m_issuer, m_certificate, nullptr, nullptr, 0);
    ssl::ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    m_ok = extension && X509_add_ext(m_certificate, extension.get(), -1) == 1;
    return m_ok;
}

bool CertificateBuilder::addSubjectAltNames(const QStringList &dnsNames, const QList<QHostAddress> &addresses)
{
    ssl::GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    m_ok = m_ok && names;
    auto add = [&](int type, const QString &value) {
        GENERAL_NAME *name = a2i_GENERAL_NAME(nullptr, nullptr, nullptr, type, value.toUtf8().constData(), 0);
        if (!name || !sk_GENERAL_NAME_push(names.get(), name)) {
            GENERAL_NAME_free(name);
            m_ok = false;
        }
    };
    for (const QString &dns : dnsNames)
        add(GEN_DNS, dns);
    for (const QHostAddress &address : addresses)
        add(GEN_IPADD, address.toString());
    m_ok = m_ok && X509_add1_ext_i2d(m_certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
    return m_ok;
}

X509 *CertificateBuilder::sign(EVP_PKEY *issuerKey)
{
    if (!m_ok || X509_sign(m_certificate, issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return std::exchange(m_certificate, nullptr);
}
