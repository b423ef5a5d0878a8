#pragma once

#include "core/Status.h"

// What a new admin password must satisfy. Length beats composition rules (NIST SP 800-63B), so the
// rules are few: long enough, and not the user name.
namespace PasswordRules {
constexpr int kMinimumLength = 12;
Status check(const QString &username, const QString &password);
}
