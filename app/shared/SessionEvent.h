#pragma once

#include <QString>

// One sign-in or sign-out as a shared device reports it (the agent replays them in order after
// being offline). `reason` only for a sign-out: signout (the clinician) or timeout (the device).
struct SessionEvent {
    enum class Kind { SignIn, SignOut };
    Kind kind = Kind::SignIn;
    QString userName;
    qint64 at = 0;
    QString reason;
};
