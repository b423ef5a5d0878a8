#include "security/SecureRandom.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace SecureRandom {

QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    // A CSPRNG that cannot deliver is not something to paper over with weaker randomness.
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        std::abort();
    return out;
}

} // namespace SecureRandom
