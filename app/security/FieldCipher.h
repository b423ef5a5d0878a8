#pragma once

#include <QByteArray>

#include <optional>

// Encrypts single database fields (TOTP secrets, later device UnlockTokens) with AES-256-GCM under a
// 32-byte key that lives outside the database (the OS keychain via the secret store; whoever builds
// the services passes it in). Output: version byte | 12-byte random nonce | ciphertext | 16-byte tag.
// `context` is authenticated but not stored: binding a value to its row (e.g. "admin_users.totp:7")
// stops a ciphertext being copied into another row.
class FieldCipher
{
public:
    static constexpr int kKeyBytes = 32;

    explicit FieldCipher(const QByteArray &key);
    ~FieldCipher();
    FieldCipher(const FieldCipher &) = delete;
    FieldCipher &operator=(const FieldCipher &) = delete;

    static QByteArray generateKey();
    bool isValid() const { return m_key.size() == kKeyBytes; }

    // Empty on failure (invalid key).
    QByteArray encrypt(const QByteArray &plain, const QByteArray &context) const;
    // nullopt when the key is wrong or the value or its context was altered.
    std::optional<QByteArray> decrypt(const QByteArray &sealed, const QByteArray &context) const;

private:
    QByteArray m_key;
};
