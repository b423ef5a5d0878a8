#include "security/FieldCipher.h"

#include "security/SecureRandom.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace {
constexpr char kVersion = 1;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *u(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
unsigned char *u(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
} // namespace

FieldCipher::FieldCipher(const QByteArray &key) : m_key(key) {}

FieldCipher::~FieldCipher() { OPENSSL_cleanse(m_key.data(), size_t(m_key.size())); }

QByteArray FieldCipher::generateKey() { return SecureRandom::bytes(kKeyBytes); }

QByteArray FieldCipher::encrypt(const QByteArray &plain, const QByteArray &context) const
{
    if (!isValid())
        return {};
    const QByteArray nonce = SecureRandom::bytes(kNonceBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray cipher(plain.size(), '\0');
    QByteArray tag(kTagBytes, '\0');
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(m_key), u(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(context), int(context.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), u(cipher), &len, u(plain), int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), u(cipher) + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) != 1)
        return {};
    return QByteArray(1, kVersion) + nonce + cipher + tag;
}

std::optional<QByteArray> FieldCipher::decrypt(const QByteArray &sealed, const QByteArray &context) const
{
    if (!isValid() || sealed.size() < 1 + kNonceBytes + kTagBytes || sealed.at(0) != kVersion)
        return std::nullopt;
    const QByteArray nonce = sealed.mid(1, kNonceBytes);
    const QByteArray cipher = sealed.mid(1 + kNonceBytes, sealed.size() - 1 - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    QByteArray plain(cipher.size(), '\0');
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(m_key), u(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(context), int(context.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), u(plain), &len, u(cipher), int(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), u(plain) + len, &len) != 1) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return std::nullopt;
    }
    return plain;
}
