#pragma once

#include "fleet/DeviceTypes.h"

// Whether wrong passcode guesses may erase a device of this ownership. Only a corporate device with
// one user (COPE): a personal phone is never erased (164.310(d)(1): selective wipe only), and on a
// shared tablet or a patient-facing kiosk anyone passing by could erase it by guessing. Both
// compilers and the Android baseline apply this, whatever maxFailedAttempts a policy carries.
namespace FailedAttemptWipe {
inline bool allowed(Ownership ownership) { return ownership == Ownership::COPE; }
}
