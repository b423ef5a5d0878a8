#pragma once

#include "security/AdminRepository.h"
#include "security/FieldCipher.h"
#include "security/PasswordHasher.h"
#include "security/SignInResult.h"

#include <functional>
#include <memory>

class Database;

// Signs admins in and confirms them again for sensitive actions. Every attempt is audited
// (admin.signin, admin.signin.failed, admin.lockout, admin.reauth, admin.unlock and their .failed); no password,
// code or secret ever reaches the audit trail.
//
// Throttling: each wrong password or code makes the account refuse attempts for a growing delay
// (1, 2, 4, 8 s); the fifth locks it for 15 minutes, and every failure after that locks it again.
// Refused attempts do not test the password, so the delay also stops online guessing.
class AuthService
{
public:
    using Clock = std::function<qint64()>; // epoch seconds

    static constexpr int kLockoutAfterFailures = 5;
    static constexpr int kLockoutSeconds = 15 * 60;

    AuthService(Database &db, const QByteArray &fieldKey);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    Database &database() const { return m_db; }
    // The same service (key, clock) over another connection, e.g. a worker thread's (AuthJob).
    std::unique_ptr<AuthService> forDatabase(Database &db) const;

    // `secondFactor`: a 6-digit TOTP code or a recovery code; may be empty for accounts without MFA.
    SignInResult signIn(const QString &username, const QString &password, const QString &secondFactor);
    SignInResult reauthenticate(AdminSession &session, const QString &password, const QString &secondFactor);
    // Ends the idle lock: the password alone (the session already passed MFA), throttled and audited
    // (admin.unlock) like a sign-in. Does not count as the fresh confirmation sensitive actions need.
    SignInResult unlock(const AdminSession &session, const QString &password);

    // Audited as admin.signout ("idle" or "user" as the reason); the session is cleared.
    void signOut(AdminSession &session, const QString &reason = QStringLiteral("user"));

    // Whether signing in as this name asks for a code (true for unknown names, so it reveals nothing
    // about which accounts exist).
    bool requiresSecondFactor(const QString &username) const;

    static int delayAfterFailures(int failures);
    static QByteArray totpCipherContext(qint64 adminId);

private:
    enum class Purpose { SignIn, Reauthenticate, Unlock };
    SignInResult attempt(Purpose purpose, const QString &username, const QString &password, const QString &secondFactor);
    SignInResult refuse(Purpose purpose, const AdminUser *user, const QString &reason, const QString &message,
                        bool countsAsFailure);
    // "totp", "recovery" or empty when the code does not fit.
    QString checkSecondFactor(const AdminUser &user, const QString &code, qint64 now);
    bool mfaRequiredFor(const AdminUser &user) const;

    Database &m_db;
    AdminRepository m_repo;
    FieldCipher m_cipher;
    QByteArray m_fieldKey;
    Clock m_clock;
};
