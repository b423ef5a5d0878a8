#include "audit/AuditSigningKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {


using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

EVP_PKEY *pk(void *p) { return static_cast<EVP_PKEY *>(p); }

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

QByteArray spkiDer(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(key, &der);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    return out;
}

PKey readPublic(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return PKey(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
}

} // namespace

AuditSigningKey::AuditSigningKey(void *pkey) : m_pkey(pkey) {}

AuditSigningKey::~AuditSigningKey() { EVP_PKEY_free(pk(m_pkey)); }

std::unique_ptr<AuditSigningKey> AuditSigningKey::generate(Status *status)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key) {
        *status = Status::failure(ErrorCode::Failure, QCoreApplication::translate("AuditSigningKey", "Creating the audit signing key failed."));
        return nullptr;
    }
    *status = Status::success();
    return std::unique_ptr<AuditSigningKey>(new AuditSigningKey(key));
}

std::unique_ptr<AuditSigningKey> AuditSigningKey::fromPrivatePem(const QByteArray &pem, Status *status)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC) {
        EVP_PKEY_free(key);
        *status = Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("AuditSigningKey", "The stored audit signing key is not a valid EC private key."));
        return nullptr;
    }
    *status = Status::success();
    return std::unique_ptr<AuditSigningKey>(new AuditSigningKey(key));
}

QByteArray AuditSigningKey::privatePem() const
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), pk(m_pkey), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray AuditSigningKey::publicPem() const
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), pk(m_pkey)) != 1)
        return {};
    return bioBytes(bio.get());
}

QString AuditSigningKey::fingerprint() const
{
    return QString::fromLatin1(QCryptographicHash::hash(spkiDer(pk(m_pkey)), QCryptographicHash::Sha256).toHex());
}

QString AuditSigningKey::fingerprintOf(const QByteArray &publicPem)
{
    PKey key = readPublic(publicPem);
    if (!key)
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(spkiDer(key.get()), QCryptographicHash::Sha256).toHex());
}

QString AuditSigningKey::sign(const QByteArray &message) const
{
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t len = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, pk(m_pkey)) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size())) != 1)
        return {};
    QByteArray sig(int(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1)
        return {};
    sig.truncate(int(len));
    return QString::fromLatin1(sig.toBase64());
}

bool AuditSigningKey::verify(const QByteArray &publicPem, const QByteArray &message, const QString &signatureBase64)
{
    PKey key = readPublic(publicPem);
    const QByteArray sig = QByteArray::fromBase64(signatureBase64.toLatin1());
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || sig.isEmpty() || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
           == 1;
}
