#pragma once

#include "core/Status.h"

#include <QByteArray>

// The format of the opt-in secret file (headless servers without an OS keychain):
//   "CMDMSEC1" | u32 Argon2id time cost | u32 memory KiB | u32 lanes | 16-byte salt | 12-byte nonce
//   | AES-256-GCM ciphertext | 16-byte tag        (integers big-endian; the header is authenticated)
// The key is Argon2id(passphrase, salt). Deriving it is deliberately slow, so a cipher object keeps
// the key of the file it opened and reuses it (with a fresh nonce) for every write.
class SecretFileCipher
{
public:
    explicit SecretFileCipher(const QByteArray &passphrase);
    ~SecretFileCipher();
    SecretFileCipher(const SecretFileCipher &) = delete;
    SecretFileCipher &operator=(const SecretFileCipher &) = delete;

    // Wrong passphrase or an altered file: AuthenticationFailed; not a secret file: InvalidInput.
    Status decrypt(const QByteArray &file, QByteArray *plain);
    Status encrypt(const QByteArray &plain, QByteArray *file);

    // Argon2id costs for new files (RFC 9106's second recommended option: 64 MiB, 3 passes).
    static constexpr quint32 TimeCost = 3;
    static constexpr quint32 MemoryKiB = 64 * 1024;
    static constexpr quint32 Lanes = 1;

private:
    Status deriveKey(quint32 t, quint32 m, quint32 p, const QByteArray &salt);

    QByteArray m_passphrase;
    QByteArray m_key;  // derived for m_salt with m_params
    QByteArray m_salt;
    quint32 m_params[3] = {0, 0, 0};
};
