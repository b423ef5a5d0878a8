#pragma once

#include <QtGlobal>

// When to try a failed push again: exponential in the number of attempts (base 2^n seconds,
// capped), with "full jitter" between half and all of it so that a fleet's retries after an outage
// spread out instead of arriving together; a server's Retry-After is a floor.
namespace PushBackoff {
constexpr qint64 BaseSeconds = 2;
constexpr qint64 CapSeconds = 3600;
// `attempts`: attempts made so far (1 after the first failure). `random01`: a value in [0, 1).
qint64 delaySeconds(int attempts, qint64 retryAfterSeconds, double random01);
qint64 delaySeconds(int attempts, qint64 retryAfterSeconds = 0); // with a random jitter
}
