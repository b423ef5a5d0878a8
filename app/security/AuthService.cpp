#include "security/AuthService.h"

#include "audit/AuditLog.h"
#include "security/RecoveryCodes.h"
#include "security/Totp.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString wrongCredentials() { return QCoreApplication::translate("AuthService", "Wrong user name, password or code."); }

// Hashing something for unknown user names keeps their answer as slow as a real one.
const QString &dummyHash()
{
    static const QString h = PasswordHasher().hash(QStringLiteral("clinicmdm-no-such-admin"));
    return h;
}
} // namespace

AuthService::AuthService(Database &db, const QByteArray &fieldKey)
    : m_db(db), m_repo(db), m_cipher(fieldKey), m_fieldKey(fieldKey),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

std::unique_ptr<AuthService> AuthService::forDatabase(Database &db) const
{
    auto other = std::make_unique<AuthService>(db, m_fieldKey);
    other->m_clock = m_clock;
    return other;
}

QByteArray AuthService::totpCipherContext(qint64 adminId)
{
    return QByteArrayLiteral("admin_users.totp_secret:") + QByteArray::number(adminId);
}

int AuthService::delayAfterFailures(int failures)
{
    if (failures <= 0)
        return 0;
    if (failures >= kLockoutAfterFailures)
        return kLockoutSeconds;
    return 1 << (failures - 1);
}

void AuthService::signOut(AdminSession &session, const QString &reason)
{
    if (session.isValid())
        AuditLog(m_db).record(session.actor(), QStringLiteral("admin.signout"), QStringLiteral("success"),
                              QStringLiteral("reason=%1").arg(reason));
    session = AdminSession();
}

bool AuthService::requiresSecondFactor(const QString &username) const
{
    const std::optional<AdminUser> user = m_repo.findByUsername(username);
    return !user || user->mfaEnabled;
}

bool AuthService::mfaRequiredFor(const AdminUser &user) const
{
    return user.role == Role::Administrator
           && SettingsRepository(m_db).boolValue(Setting::MfaRequiredForAdministrators);
}

SignInResult AuthService::signIn(const QString &username, const QString &password, const QString &secondFactor)
{
    return attempt(Purpose::SignIn, username.trimmed(), password, secondFactor);
}

SignInResult AuthService::reauthenticate(AdminSession &session, const QString &password, const QString &secondFactor)
{
    SignInResult r = attempt(Purpose::Reauthenticate, session.username(), password, secondFactor);
    if (r.ok())
        session.setAuthenticatedAt(m_clock());
    return r;
}

SignInResult AuthService::unlock(const AdminSession &session, const QString &password)
{
    return attempt(Purpose::Unlock, session.username(), password, QString());
}

namespace {
QString actionName(int purpose, bool failed)
{
    static const char *const names[] = {"admin.signin", "admin.reauth", "admin.unlock"};
    return QLatin1String(names[purpose]) + (failed ? QStringLiteral(".failed") : QString());
}
} // namespace

SignInResult AuthService::refuse(Purpose purpose, const AdminUser *user, const QString &reason, const QString &message,
                                 bool countsAsFailure)
{
    const qint64 now = m_clock();
    SignInResult r;
    r.status = Status::failure(ErrorCode::AuthenticationFailed, message);
    AuditLog log(m_db);
    const QString action = actionName(int(purpose), true);
    const Actor actor = user ? Actor{user->username, RoleInfo::dbName(user->role)}
                             : Actor{QStringLiteral("unknown"), QString()};
    QString details = QStringLiteral("reason=%1").arg(reason);
    if (user && countsAsFailure) {
        const int failures = user->failedAttempts + 1;
        r.retryAfterSeconds = delayAfterFailures(failures);
        r.lockedOut = failures >= kLockoutAfterFailures;
        m_repo.setFailures(user->id, failures, now + r.retryAfterSeconds);
        details += QStringLiteral(" failures=%1 retry_after=%2").arg(failures).arg(r.retryAfterSeconds);
        log.record(actor, action, QStringLiteral("failure"), details);
        if (r.lockedOut) {
            log.record(actor, QStringLiteral("admin.lockout"), QStringLiteral("success"),
                       QStringLiteral("failures=%1 locked_for=%2").arg(failures).arg(kLockoutSeconds));
            const int lockedMinutes = kLockoutSeconds / 60; // a plain variable: lupdate 6.4 hangs on an expression
            r.status = Status::failure(ErrorCode::AuthenticationFailed,
                                       message + QLatin1Char(' ')
                                           + QCoreApplication::translate("AuthService", "Too many failed attempts: the account is locked for %n minute(s).",
                                                nullptr, lockedMinutes));
        }
    } else {
        log.record(actor, action, QStringLiteral("failure"), details);
    }
    return r;
}

SignInResult AuthService::attempt(Purpose purpose, const QString &username, const QString &password,
                                  const QString &secondFactor)
{
    const qint64 now = m_clock();
    const std::optional<AdminUser> found = m_repo.findByUsername(username);
    if (!found) {
        PasswordHasher::verify(dummyHash(), password);
        return refuse(purpose, nullptr, QStringLiteral("unknown-user"), wrongCredentials(), false);
    }
    const AdminUser &user = *found;
    if (user.lockedUntil && *user.lockedUntil > now) {
        // Refused without looking at the password: guessing gets nothing while the delay runs.
        SignInResult r = refuse(purpose, &user, QStringLiteral("throttled"),
                                user.failedAttempts >= kLockoutAfterFailures
                                    ? QCoreApplication::translate("AuthService", "This account is locked after too many failed attempts.")
                                    : QCoreApplication::translate("AuthService", "Too many attempts."),
                                false);
        r.retryAfterSeconds = int(*user.lockedUntil - now);
        r.lockedOut = user.failedAttempts >= kLockoutAfterFailures;
        r.status = Status::failure(ErrorCode::AuthenticationFailed,
                                   r.status.message() + QLatin1Char(' ')
                                       + QCoreApplication::translate("AuthService", "Try again in %n second(s).", nullptr, r.retryAfterSeconds));
        return r;
    }
    const bool needsCode = user.mfaEnabled && purpose != Purpose::Unlock;
    if (needsCode && secondFactor.trimmed().isEmpty())
        return refuse(purpose, &user, QStringLiteral("missing-code"),
                      QCoreApplication::translate("AuthService", "This account needs the code from its authenticator app (or a recovery code)."), false);
    if (!PasswordHasher::verify(user.passwordHash, password))
        return refuse(purpose, &user, QStringLiteral("wrong-password"), wrongCredentials(), true);
    if (user.disabled)
        return refuse(purpose, &user, QStringLiteral("disabled"), QCoreApplication::translate("AuthService", "This account is disabled."), false);

    QString method = purpose == Purpose::Unlock ? QStringLiteral("password-only") : QStringLiteral("none");
    if (needsCode) {
        method = checkSecondFactor(user, secondFactor, now);
        if (method.isEmpty())
            return refuse(purpose, &user, QStringLiteral("wrong-code"), wrongCredentials(), true);
    }
    const bool enrollmentPending = !user.mfaEnabled && mfaRequiredFor(user);
    if (enrollmentPending)
        method = QStringLiteral("enrollment-pending");

    m_repo.recordSignIn(user.id, now);
    SignInResult r;
    r.session = AdminSession(&m_db, user.id, user.username, user.role, user.mfaEnabled, enrollmentPending);
    r.session.setAuthenticatedAt(now);
    QString details = QStringLiteral("second_factor=%1").arg(method);
    if (method == QLatin1String("recovery"))
        details += QStringLiteral(" recovery_codes_left=%1").arg(m_repo.unusedRecoveryCodes(user.id));
    AuditLog(m_db).record(r.session.actor(), actionName(int(purpose), false), QStringLiteral("success"), details);
    return r;
}

QString AuthService::checkSecondFactor(const AdminUser &user, const QString &code, qint64 now)
{
    if (RecoveryCodes::looksLikeRecoveryCode(code)) {
        if (m_repo.consumeRecoveryCode(user.id, RecoveryCodes::hash(code), now))
            return QStringLiteral("recovery");
        return {};
    }
    const std::optional<QByteArray> secret = m_cipher.decrypt(user.totpSecretSealed, totpCipherContext(user.id));
    if (!secret)
        return {};
    const std::optional<qint64> step = Totp::verify(*secret, code, now, user.totpLastStep);
    if (!step)
        return {};
    m_repo.setTotpLastStep(user.id, *step);
    return QStringLiteral("totp");
}
