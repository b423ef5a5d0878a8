#include "secrets/SecretFileCipher.h"

#include <QCoreApplication>
#include <QtEndian>

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {


const QByteArray Magic = QByteArrayLiteral("CMDMSEC1");
constexpr int SaltSize = 16;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr int HeaderSize = 8 + 12 + SaltSize + NonceSize;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }

void putU32(QByteArray &out, quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    out.append(buf, 4);
}

} // namespace

SecretFileCipher::SecretFileCipher(const QByteArray &passphrase) : m_passphrase(passphrase) {}

SecretFileCipher::~SecretFileCipher()
{
    m_passphrase.fill('\0');
    m_key.fill('\0');
}

Status SecretFileCipher::deriveKey(quint32 t, quint32 m, quint32 p, const QByteArray &salt)
{
    if (!m_key.isEmpty() && salt == m_salt && m_params[0] == t && m_params[1] == m && m_params[2] == p)
        return Status::success();
    // Refuse absurd costs from a crafted header rather than allocate gigabytes.
    if (t < 1 || t > 64 || m < 8 * 1024 || m > 4 * 1024 * 1024 || p < 1 || p > 16)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("SecretStore", "The secret file has invalid key-derivation parameters."));
    QByteArray key(32, '\0');
    const int rc = argon2id_hash_raw(t, m, p, m_passphrase.constData(), size_t(m_passphrase.size()), salt.constData(),
                                     size_t(salt.size()), key.data(), size_t(key.size()));
    if (rc != ARGON2_OK)
        return Status::failure(ErrorCode::Failure,
                               QCoreApplication::translate("SecretStore", "Deriving the secret file key failed: %1").arg(QString::fromLatin1(argon2_error_message(rc))));
    m_key = key;
    m_salt = salt;
    m_params[0] = t;
    m_params[1] = m;
    m_params[2] = p;
    return Status::success();
}

Status SecretFileCipher::decrypt(const QByteArray &file, QByteArray *plain)
{
    if (file.size() < HeaderSize + TagSize || !file.startsWith(Magic))
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("SecretStore", "This is not a ClinicMDM secret file."));
    const char *h = file.constData() + Magic.size();
    const quint32 t = qFromBigEndian<quint32>(h);
    const quint32 m = qFromBigEndian<quint32>(h + 4);
    const quint32 p = qFromBigEndian<quint32>(h + 8);
    const QByteArray salt = file.mid(Magic.size() + 12, SaltSize);
    const QByteArray nonce = file.mid(Magic.size() + 12 + SaltSize, NonceSize);
    const QByteArray header = file.left(HeaderSize);
    const QByteArray body = file.mid(HeaderSize, file.size() - HeaderSize - TagSize);
    QByteArray tag = file.right(TagSize);
    if (Status s = deriveKey(t, m, p, salt); !s)
        return s;

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(body.size(), '\0');
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
              && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) == 1
              && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(header), int(header.size())) == 1;
    if (ok && !body.isEmpty()) {
        ok = EVP_DecryptUpdate(ctx.get(), bytes(out), &len, bytes(body), int(body.size())) == 1;
        total = len;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, bytes(tag)) == 1
         && EVP_DecryptFinal_ex(ctx.get(), bytes(out) + total, &len) == 1;
    if (!ok) {
        out.fill('\0');
        return Status::failure(ErrorCode::AuthenticationFailed,
                               QCoreApplication::translate("SecretStore", "The secret file cannot be opened: wrong passphrase, or the file was altered."));
    }
    out.truncate(total + len);
    *plain = out;
    return Status::success();
}

Status SecretFileCipher::encrypt(const QByteArray &plain, QByteArray *file)
{
    if (m_key.isEmpty()) {
        QByteArray salt(SaltSize, '\0');
        if (RAND_bytes(bytes(salt), SaltSize) != 1)
            return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SecretStore", "The system random generator failed."));
        if (Status s = deriveKey(TimeCost, MemoryKiB, Lanes, salt); !s)
            return s;
    }
    QByteArray nonce(NonceSize, '\0');
    if (RAND_bytes(bytes(nonce), NonceSize) != 1)
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SecretStore", "The system random generator failed."));
    QByteArray header = Magic;
    putU32(header, m_params[0]);
    putU32(header, m_params[1]);
    putU32(header, m_params[2]);
    header += m_salt;
    header += nonce;

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray body(plain.size(), '\0');
    QByteArray tag(TagSize, '\0');
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
              && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) == 1
              && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(header), int(header.size())) == 1;
    if (ok && !plain.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx.get(), bytes(body), &len, bytes(plain), int(plain.size())) == 1;
        total = len;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), bytes(body) + total, &len) == 1
         && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, bytes(tag)) == 1;
    if (!ok)
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SecretStore", "Encrypting the secret file failed."));
    body.truncate(total + len);
    *file = header + body + tag;
    return Status::success();
}
