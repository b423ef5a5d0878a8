#pragma once

#include "security/Permission.h"
#include "security/Role.h"

// Which role may do what: the one table (AccessPolicy.cpp) the engine, the GUI and the command line
// all consult. The GUI hides what a role may not do; the engine refuses it regardless.
namespace AccessPolicy {
bool allows(Role role, Permission permission);
// Actions that ask for the password and a TOTP code again even inside a signed-in session.
bool needsReauthentication(Permission permission);
}
