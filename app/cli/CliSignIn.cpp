#include "cli/CliSignIn.h"

#include "cli/CliContext.h"
#include "cli/CliTerminal.h"
#include "security/AuthService.h"
#include "security/FieldCipher.h"

#include <QCoreApplication>

namespace {
} // namespace

namespace CliSignIn {

Status fieldKey(const CliContext &ctx, QByteArray *key)
{
    if (ctx.fieldKey.size() != FieldCipher::kKeyBytes)
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("CliSignIn", "The data key from the secret store is missing."));
    *key = ctx.fieldKey;
    return Status::success();
}

Status readPassword(const char *envName, const QString &prompt, bool confirm, QString *password)
{
    if (qEnvironmentVariableIsSet(envName)) {
        *password = qEnvironmentVariable(envName);
        return Status::success();
    }
    if (!CliTerminal::isInteractive())
        return Status::failure(ErrorCode::AuthenticationFailed,
                               QCoreApplication::translate("CliSignIn", "No password: set %1 or run the command in a terminal.").arg(QLatin1String(envName)));
    *password = CliTerminal::readHidden(prompt);
    if (confirm && CliTerminal::readHidden(QCoreApplication::translate("CliSignIn", "Repeat the password: ")) != *password)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CliSignIn", "The two passwords differ."));
    return Status::success();
}

int signInOnly(CliContext &ctx)
{
    if (ctx.user.isEmpty())
        return ctx.fail(ErrorCode::AuthenticationFailed, QCoreApplication::translate("CliSignIn", "This command needs a signed-in admin: add --user NAME."));
    QByteArray key;
    if (Status s = fieldKey(ctx, &key); !s)
        return ctx.fail(s.code(), s.message());
    QString password;
    if (Status s = readPassword(PasswordEnv, QCoreApplication::translate("CliSignIn", "Password for %1: ").arg(ctx.user), false, &password); !s)
        return ctx.fail(s.code(), s.message());
    AuthService auth(ctx.db, key);
    QString otp = ctx.otp;
    if (otp.isEmpty() && CliTerminal::isInteractive() && auth.requiresSecondFactor(ctx.user))
        otp = CliTerminal::readLine(QCoreApplication::translate("CliSignIn", "Code from the authenticator app (or a recovery code): "));
    const SignInResult r = auth.signIn(ctx.user, password, otp);
    if (!r.ok())
        return ctx.fail(ErrorCode::AuthenticationFailed, r.status.message());
    ctx.session = r.session;
    ctx.actor = r.session.actor();
    return 0;
}

int signIn(CliContext &ctx, Permission required)
{
    if (const int rc = signInOnly(ctx); rc != 0)
        return rc;
    // Each command-line run is a fresh sign-in, so the re-authentication window is always met here.
    if (Status s = ctx.session.require(required); !s) {
        if (ctx.session.mfaEnrollmentPending())
            return ctx.fail(s.code(), s.message() + QLatin1Char(' ')
                                          + QCoreApplication::translate("CliSignIn", "Finish with `clinicmdm --user %1 admin mfa-confirm CODE` "
                                               "(or start again with `admin mfa-enroll`).")
                                                .arg(ctx.user));
        return ctx.fail(s.code(), s.message());
    }
    return 0;
}

} // namespace CliSignIn
