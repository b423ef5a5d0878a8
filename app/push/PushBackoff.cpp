#include "push/PushBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace PushBackoff {

qint64 delaySeconds(int attempts, qint64 retryAfterSeconds, double random01)
{
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const qint64 ceiling = std::min(CapSeconds, BaseSeconds << exponent);
    const qint64 jittered = std::max<qint64>(1, qint64(double(ceiling) * (0.5 + 0.5 * random01)));
    return std::max(jittered, std::min(retryAfterSeconds, 24 * CapSeconds));
}

qint64 delaySeconds(int attempts, qint64 retryAfterSeconds)
{
    return delaySeconds(attempts, retryAfterSeconds, QRandomGenerator::global()->generateDouble());
}

} // namespace PushBackoff
