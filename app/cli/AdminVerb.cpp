#include "cli/CliContext.h"
#include "cli/CliSignIn.h"
#include "cli/CliTerminal.h"
#include "cli/CliVerbs.h"
#include "security/AccountService.h"
#include "security/AdminSession.h"
#include "security/QrCode.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {


constexpr const char *NewPasswordEnv = "CLINICMDM_NEW_PASSWORD";

// `admin <sub> [positional...] [--option value] [--flag]`
struct Args {
    QString sub;
    QStringList positional;
    QHash<QString, QString> options;
    bool json = false;
    bool help = false;
    QString error;
};

Args parse(const QStringList &verbArgs)
{
    Args a;
    static const QStringList valued{QStringLiteral("--user"), QStringLiteral("--role"), QStringLiteral("--display-name"),
                                    QStringLiteral("--otp")};
    for (int i = 1; i < verbArgs.size(); ++i) {
        const QString &w = verbArgs[i];
        if (valued.contains(w)) {
            if (i + 1 >= verbArgs.size())
                a.error = QCoreApplication::translate("AdminVerb", "%1 needs a value").arg(w);
            else
                a.options.insert(w, verbArgs[++i]);
        } else if (w == QLatin1String("--json")) {
            a.json = true;
        } else if (w == QLatin1String("--help") || w == QLatin1String("-h")) {
            a.help = true;
        } else if (w.startsWith(QLatin1Char('-'))) {
            a.error = QCoreApplication::translate("AdminVerb", "unknown option %1").arg(w);
        } else if (a.sub.isEmpty()) {
            a.sub = w;
        } else {
            a.positional << w;
        }
    }
    return a;
}

int usage(CliContext &ctx, bool asError)
{
    QTextStream &s = asError ? ctx.err : ctx.out;
    s << QCoreApplication::translate("AdminVerb", "Usage: clinicmdm [--user NAME [--otp CODE]] admin <command>") << "\n\n"
      << "  init --user NAME [--display-name TEXT] [--otp CODE]   " << QCoreApplication::translate("AdminVerb", "create the first Administrator") << "\n"
      << "  add NAME --role ROLE [--display-name TEXT]            " << QCoreApplication::translate("AdminVerb", "add an admin (password from %1 or a prompt)").arg(QLatin1String(NewPasswordEnv)) << "\n"
      << "  list [--json]                                         " << QCoreApplication::translate("AdminVerb", "list the admins") << "\n"
      << "  disable NAME | enable NAME                            " << QCoreApplication::translate("AdminVerb", "refuse or allow an admin's sign-in") << "\n"
      << "  set-role NAME ROLE                                    " << QCoreApplication::translate("AdminVerb", "Administrator, Technician or Auditor") << "\n"
      << "  reset-mfa NAME                                        " << QCoreApplication::translate("AdminVerb", "turn off an admin's two-factor authentication") << "\n"
      << "  mfa-enroll                                            " << QCoreApplication::translate("AdminVerb", "set up your own two-factor authentication") << "\n"
      << "  mfa-confirm CODE                                      " << QCoreApplication::translate("AdminVerb", "switch it on with a first code") << "\n";
    s.flush();
    return asError ? int(ErrorCode::Usage) : 0;
}

void printEnrollment(CliContext &ctx, const QString &user, const MfaEnrollment &e)
{
    ctx.out << QCoreApplication::translate("AdminVerb", "Scan this code with an authenticator app (or enter the key by hand):") << "\n\n"
            << QrCode::encode(e.provisioningUri).toTerminalText() << "\n"
            << e.provisioningUri << "\n"
            << QCoreApplication::translate("AdminVerb", "Key: %1").arg(e.secretBase32) << "\n\n"
            << QCoreApplication::translate("AdminVerb", "Recovery codes for %1. Each works once instead of a code; keep them somewhere safe. "
                  "They are not shown again:").arg(user) << "\n";
    for (const QString &c : e.recoveryCodes)
        ctx.out << "  " << c << "\n";
    ctx.out.flush();
}

// Confirms a fresh enrolment with --otp, a prompt, or tells how to do it later.
int confirmEnrollment(CliContext &ctx, AccountService &accounts, const QString &code)
{
    QString given = code;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (given.isEmpty() && CliTerminal::isInteractive())
            given = CliTerminal::readLine(QCoreApplication::translate("AdminVerb", "Code shown by the app: "));
        if (given.isEmpty())
            break;
        const Status s = accounts.confirmMfa(ctx.session, given);
        if (s) {
            ctx.out << QCoreApplication::translate("AdminVerb", "Two-factor authentication is on for %1.").arg(ctx.session.username()) << Qt::endl;
            return 0;
        }
        ctx.err << "clinicmdm: " << s.message() << Qt::endl;
        if (!CliTerminal::isInteractive())
            return int(s.code());
        given.clear();
    }
    ctx.out << QCoreApplication::translate("AdminVerb", "Two-factor authentication is not on yet. Finish with: clinicmdm --user %1 admin mfa-confirm CODE")
                   .arg(ctx.session.username())
            << Qt::endl;
    return 0;
}

int init(CliContext &ctx, const Args &a)
{
    const QString user = ctx.user;
    if (user.isEmpty())
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AdminVerb", "admin init needs --user NAME"));
    QByteArray key;
    if (Status s = CliSignIn::fieldKey(ctx, &key); !s)
        return ctx.fail(s.code(), s.message());
    AccountService accounts(ctx.db, key);
    if (accounts.hasAdmins())
        return ctx.fail(ErrorCode::Conflict, QCoreApplication::translate("AdminVerb", "An admin already exists; sign in as that admin to add others."));
    QString password;
    if (Status s = CliSignIn::readPassword(CliSignIn::PasswordEnv, QCoreApplication::translate("AdminVerb", "New password for %1: ").arg(user), true, &password); !s)
        return ctx.fail(s.code(), s.message());
    if (Status s = accounts.createFirstAdministrator(user, a.options.value(QStringLiteral("--display-name")), password,
                                                     &ctx.session);
        !s)
        return ctx.fail(s.code(), s.message());
    ctx.actor = ctx.session.actor();
    ctx.out << QCoreApplication::translate("AdminVerb", "Administrator %1 created.").arg(user) << Qt::endl;
    if (!ctx.session.mfaEnrollmentPending())
        return 0;
    MfaEnrollment e;
    if (Status s = accounts.enrollMfa(ctx.session, &e); !s)
        return ctx.fail(s.code(), s.message());
    printEnrollment(ctx, user, e);
    return confirmEnrollment(ctx, accounts, ctx.otp);
}

int list(CliContext &ctx, AccountService &accounts, const Args &a)
{
    QList<AdminUser> admins;
    if (Status s = accounts.listAdmins(ctx.session, &admins); !s)
        return ctx.fail(s.code(), s.message());
    auto time = [](std::optional<qint64> t) {
        return t ? QDateTime::fromSecsSinceEpoch(*t, Qt::UTC).toString(Qt::ISODate) : QString();
    };
    if (a.json) {
        QJsonArray rows;
        for (const AdminUser &u : admins)
            rows.append(QJsonObject{{QStringLiteral("username"), u.username},
                                    {QStringLiteral("displayName"), u.displayName},
                                    {QStringLiteral("role"), RoleInfo::dbName(u.role)},
                                    {QStringLiteral("mfa"), u.mfaEnabled},
                                    {QStringLiteral("disabled"), u.disabled},
                                    {QStringLiteral("lastLogin"), time(u.lastLoginAt)}});
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return 0;
    }
    ctx.out << QCoreApplication::translate("AdminVerb", "USER").leftJustified(20) << QCoreApplication::translate("AdminVerb", "ROLE").leftJustified(15) << QCoreApplication::translate("AdminVerb", "MFA").leftJustified(5)
            << QCoreApplication::translate("AdminVerb", "STATE").leftJustified(10) << QCoreApplication::translate("AdminVerb", "LAST SIGN-IN") << "\n";
    for (const AdminUser &u : admins)
        ctx.out << u.username.leftJustified(20) << RoleInfo::dbName(u.role).leftJustified(15)
                << (u.mfaEnabled ? QCoreApplication::translate("AdminVerb", "on") : QCoreApplication::translate("AdminVerb", "off")).leftJustified(5)
                << (u.disabled ? QCoreApplication::translate("AdminVerb", "disabled") : QCoreApplication::translate("AdminVerb", "active")).leftJustified(10) << time(u.lastLoginAt) << "\n";
    ctx.out.flush();
    return 0;
}

int needArgs(CliContext &ctx, const Args &a, int count)
{
    if (a.positional.size() != count)
        return usage(ctx, true);
    return 0;
}

} // namespace

namespace CliVerbs {

int admin(CliContext &ctx)
{
    const Args a = parse(ctx.args);
    if (!a.error.isEmpty())
        return ctx.fail(ErrorCode::Usage, a.error);
    if (a.help || a.sub == QLatin1String("help"))
        return usage(ctx, false);
    if (a.sub.isEmpty())
        return usage(ctx, true);
    // `admin init --user NAME` reads naturally; accept --user/--otp after the verb as well as before.
    if (ctx.user.isEmpty())
        ctx.user = a.options.value(QStringLiteral("--user"));
    if (ctx.otp.isEmpty())
        ctx.otp = a.options.value(QStringLiteral("--otp"));
    if (a.sub == QLatin1String("init"))
        return init(ctx, a);

    static const QStringList known{QStringLiteral("add"),       QStringLiteral("list"),       QStringLiteral("disable"),
                                   QStringLiteral("enable"),    QStringLiteral("set-role"),   QStringLiteral("reset-mfa"),
                                   QStringLiteral("mfa-enroll"), QStringLiteral("mfa-confirm")};
    if (!known.contains(a.sub))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AdminVerb", "unknown admin command %1").arg(a.sub));

    QByteArray key;
    if (Status s = CliSignIn::fieldKey(ctx, &key); !s)
        return ctx.fail(s.code(), s.message());
    AccountService accounts(ctx.db, key);

    if (a.sub == QLatin1String("mfa-enroll") || a.sub == QLatin1String("mfa-confirm")) {
        if (const int rc = CliSignIn::signInOnly(ctx); rc != 0)
            return rc;
        if (a.sub == QLatin1String("mfa-confirm")) {
            if (const int rc = needArgs(ctx, a, 1); rc != 0)
                return rc;
            return confirmEnrollment(ctx, accounts, a.positional.first());
        }
        MfaEnrollment e;
        if (Status s = accounts.enrollMfa(ctx.session, &e); !s)
            return ctx.fail(s.code(), s.message());
        printEnrollment(ctx, ctx.session.username(), e);
        return confirmEnrollment(ctx, accounts, QString());
    }

    const Permission needed = a.sub == QLatin1String("list") ? Permission::ViewAccounts : Permission::ManageAccounts;
    if (const int rc = CliSignIn::signIn(ctx, needed); rc != 0)
        return rc;

    Status s;
    if (a.sub == QLatin1String("list")) {
        return list(ctx, accounts, a);
    } else if (a.sub == QLatin1String("add")) {
        if (const int rc = needArgs(ctx, a, 1); rc != 0)
            return rc;
        const std::optional<Role> role = RoleInfo::fromName(a.options.value(QStringLiteral("--role")));
        if (!role)
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AdminVerb", "--role must be Administrator, Technician or Auditor"));
        QString password;
        if (s = CliSignIn::readPassword(NewPasswordEnv, QCoreApplication::translate("AdminVerb", "Password for the new admin %1: ").arg(a.positional.first()),
                                        true, &password);
            !s)
            return ctx.fail(s.code(), s.message());
        s = accounts.addAdmin(ctx.session, a.positional.first(), a.options.value(QStringLiteral("--display-name")), *role,
                              password);
        if (s)
            ctx.out << QCoreApplication::translate("AdminVerb", "Admin %1 added as %2.").arg(a.positional.first(), RoleInfo::dbName(*role)) << Qt::endl;
    } else if (a.sub == QLatin1String("disable") || a.sub == QLatin1String("enable")) {
        if (const int rc = needArgs(ctx, a, 1); rc != 0)
            return rc;
        const bool disable = a.sub == QLatin1String("disable");
        s = accounts.setDisabled(ctx.session, a.positional.first(), disable);
        if (s)
            ctx.out << (disable ? QCoreApplication::translate("AdminVerb", "Admin %1 disabled.") : QCoreApplication::translate("AdminVerb", "Admin %1 enabled.")).arg(a.positional.first()) << Qt::endl;
    } else if (a.sub == QLatin1String("set-role")) {
        if (const int rc = needArgs(ctx, a, 2); rc != 0)
            return rc;
        const std::optional<Role> role = RoleInfo::fromName(a.positional.at(1));
        if (!role)
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AdminVerb", "ROLE must be Administrator, Technician or Auditor"));
        s = accounts.setRole(ctx.session, a.positional.first(), *role);
        if (s)
            ctx.out << QCoreApplication::translate("AdminVerb", "Admin %1 is now %2.").arg(a.positional.first(), RoleInfo::dbName(*role)) << Qt::endl;
    } else if (a.sub == QLatin1String("reset-mfa")) {
        if (const int rc = needArgs(ctx, a, 1); rc != 0)
            return rc;
        s = accounts.resetMfa(ctx.session, a.positional.first());
        if (s)
            ctx.out << QCoreApplication::translate("AdminVerb", "Two-factor authentication of %1 is off; they set it up again at their next sign-in.")
                           .arg(a.positional.first())
                    << Qt::endl;
    }
    return s ? 0 : ctx.fail(s.code(), s.message());
}

} // namespace CliVerbs
