#include "security/PasswordHasher.h"

#include "security/SecureRandom.h"

#include <argon2.h>
#include <openssl/crypto.h>

namespace {
constexpr uint32_t kSaltBytes = 16;
constexpr uint32_t kHashBytes = 32;
}

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray pwd = password.toUtf8();
    const QByteArray salt = SecureRandom::bytes(int(kSaltBytes));
    const size_t len = argon2_encodedlen(m_cost.timeCost, m_cost.memoryKiB, m_cost.parallelism, kSaltBytes,
                                         kHashBytes, Argon2_id);
    QByteArray encoded(qsizetype(len), '\0');
    const int rc = argon2id_hash_encoded(m_cost.timeCost, m_cost.memoryKiB, m_cost.parallelism, pwd.constData(),
                                         size_t(pwd.size()), salt.constData(), kSaltBytes, kHashBytes,
                                         encoded.data(), len);
    OPENSSL_cleanse(pwd.data(), size_t(pwd.size()));
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    if (!encodedHash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    QByteArray pwd = password.toUtf8();
    const int rc = argon2id_verify(encoded.constData(), pwd.constData(), size_t(pwd.size()));
    OPENSSL_cleanse(pwd.data(), size_t(pwd.size()));
    return rc == ARGON2_OK;
}
