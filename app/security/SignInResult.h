#pragma once

#include "core/Status.h"
#include "security/AdminSession.h"

// The answer to a sign-in or re-authentication. On a failure after a wrong password or code,
// `retryAfterSeconds` says how long the account now refuses attempts (the growing delay or the
// lockout); callers show it rather than sleep.
struct SignInResult {
    Status status;
    AdminSession session;
    int retryAfterSeconds = 0;
    bool lockedOut = false;

    bool ok() const { return status.ok(); }
};
