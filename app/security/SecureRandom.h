#pragma once

#include <QByteArray>

// Bytes from the operating system's CSPRNG (OpenSSL RAND_bytes, seeded by the kernel). Every salt,
// key, TOTP secret and recovery code comes from here, never from a seeded PRNG.
namespace SecureRandom {
QByteArray bytes(int count);
}
