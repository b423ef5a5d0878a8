#pragma once

#include "core/Status.h"
#include "security/Permission.h"

#include <QByteArray>

struct CliContext;

// The sign-in step every command-line verb that reads or changes the fleet goes through:
// --user NAME, the password from CLINICMDM_PASSWORD or a no-echo prompt, --otp CODE (or a prompt)
// where MFA is on. Fills ctx.session and ctx.actor. Returns 0, or the exit code after printing why:
// 7 for wrong credentials, 6 when the role may not do the action.
namespace CliSignIn {
constexpr const char *PasswordEnv = "CLINICMDM_PASSWORD";

int signIn(CliContext &ctx, Permission required);
// Signs in without asking for a permission (an Administrator finishing MFA set-up).
int signInOnly(CliContext &ctx);

// The key that seals TOTP secrets in the database.
Status fieldKey(const CliContext &ctx, QByteArray *key);
// The signed-in admin's password: the environment variable, else a prompt on a terminal.
Status readPassword(const char *envName, const QString &prompt, bool confirm, QString *password);
}
