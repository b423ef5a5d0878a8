#include "pki/OpenSsl.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <limits>

namespace ssl {

std::shared_ptr<X509> share(X509Ptr certificate)
{
    return std::shared_ptr<X509>(certificate.release(), X509_free);
}

std::shared_ptr<EVP_PKEY> share(PKeyPtr key)
{
    return std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
}

QString takeErrors()
{
    QStringList parts;
    const char *data = nullptr;
    int flags = 0;
    while (unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        QString part = QString::fromUtf8(text);
        if (data && (flags & ERR_TXT_STRING) && *data)
            part += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

BioPtr readBio(const QByteArray &bytes)
{
    if (bytes.size() > std::numeric_limits<int>::max())
        return nullptr;
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 && data ? QByteArray(data, static_cast<qsizetype>(length)) : QByteArray();
}

bool looksLikePem(const QByteArray &bytes)
{
    return bytes.contains("-----BEGIN ");
}

X509Ptr readCertificate(const QByteArray &pemOrDer)
{
    BioPtr bio = readBio(pemOrDer);
    if (!bio)
        return nullptr;
    if (looksLikePem(pemOrDer))
        return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    return X509Ptr(d2i_X509_bio(bio.get(), nullptr));
}

X509StackPtr readCertificates(const QByteArray &pem)
{
    X509StackPtr stack(sk_X509_new_null());
    BioPtr bio = readBio(pem);
    if (!stack || !bio)
        return stack;
    while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        sk_X509_push(stack.get(), certificate);
    clearErrors(); // the read that ends the loop always fails with "no start line"
    return stack;
}

PKeyPtr readPrivateKey(const QByteArray &pem, const QByteArray &password)
{
    BioPtr bio = readBio(pem);
    if (!bio)
        return nullptr;
    // A non-null password stops OpenSSL from prompting on the terminal for an encrypted key.
    QByteArray pass = password;
    return PKeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data()));
}

QByteArray certificatePem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    return bio && PEM_write_bio_X509(bio.get(), certificate) == 1 ? bioBytes(bio.get()) : QByteArray();
}

QByteArray certificateDer(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray sha256(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    return QString::fromUtf8(bioBytes(bio.get()));
}

} // namespace ssl
