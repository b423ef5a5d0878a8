#pragma once

#include <QString>

#include <cstdint>

// Argon2id password hashes in the standard encoded form ($argon2id$v=19$m=...,t=...,p=...$salt$hash),
// so the cost travels with each hash and can be raised later without breaking old ones.
class PasswordHasher
{
public:
    struct Cost {
        uint32_t timeCost = 3;         // passes
        uint32_t memoryKiB = 64 * 1024; // 64 MiB
        uint32_t parallelism = 1;
    };
    // Production cost; tests pass a cheaper one.
    static Cost defaultCost() { return {}; }
    static Cost testCost() { return {1, 1024, 1}; }

    explicit PasswordHasher(Cost cost = defaultCost()) : m_cost(cost) {}

    // An empty string when hashing fails (out of memory); never the password.
    QString hash(const QString &password) const;
    // Constant-time comparison inside libargon2; the cost is read from the encoded hash.
    static bool verify(const QString &encodedHash, const QString &password);

    Cost cost() const { return m_cost; }

private:
    Cost m_cost;
};
