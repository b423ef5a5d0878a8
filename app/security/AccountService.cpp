#include "security/AccountService.h"

#include "audit/AuditLog.h"
#include "security/AdminSession.h"
#include "security/AuthService.h"
#include "security/PasswordRules.h"
#include "security/RecoveryCodes.h"
#include "security/Totp.h"
#include "security/Base32.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace {

Status checkUsername(const QString &username)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$"));
    if (!valid.match(username).hasMatch())
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("AccountService", "A user name has 2 to 64 letters, digits, dots, dashes, underscores or @, "
                                  "and starts with a letter or digit."));
    return Status::success();
}
} // namespace

AccountService::AccountService(Database &db, const QByteArray &fieldKey, PasswordHasher::Cost cost)
    : m_db(db), m_repo(db), m_cipher(fieldKey), m_hasher(cost), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

bool AccountService::hasAdmins() const { return m_repo.count() != 0; }

void AccountService::audit(const AdminSession &by, const QString &action, const QString &outcome,
                           const QString &details) const
{
    AuditLog(m_db).record(by.actor(), action, outcome, details);
}

Status AccountService::createFirstAdministrator(const QString &username, const QString &displayName,
                                                const QString &password, AdminSession *session)
{
    const QString name = username.trimmed();
    if (Status s = checkUsername(name); !s)
        return s;
    if (Status s = PasswordRules::check(name, password); !s)
        return s;
    if (hasAdmins())
        return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("AccountService", "An admin already exists; sign in as that admin to add others."));
    AdminUser user;
    user.username = name;
    user.displayName = displayName.trimmed();
    user.role = Role::Administrator;
    user.passwordHash = m_hasher.hash(password);
    user.createdAt = m_clock();
    if (user.passwordHash.isEmpty())
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("AccountService", "The password could not be hashed."));
    if (Status s = m_repo.insertFirst(user); !s)
        return s;
    const bool pending = SettingsRepository(m_db).boolValue(Setting::MfaRequiredForAdministrators);
    AdminSession created(&m_db, user.id, user.username, user.role, false, pending);
    created.setAuthenticatedAt(m_clock());
    audit(created, QStringLiteral("admin.create"), QStringLiteral("success"),
          QStringLiteral("user=%1 role=%2 first_administrator=yes").arg(user.username, RoleInfo::dbName(user.role)));
    if (session)
        *session = created;
    return Status::success();
}

Status AccountService::addAdmin(const AdminSession &by, const QString &username, const QString &displayName, Role role,
                                const QString &password)
{
    if (Status s = by.require(Permission::ManageAccounts, m_clock()); !s)
        return s;
    const QString name = username.trimmed();
    if (Status s = checkUsername(name); !s)
        return s;
    if (Status s = PasswordRules::check(name, password); !s)
        return s;
    AdminUser user;
    user.username = name;
    user.displayName = displayName.trimmed();
    user.role = role;
    user.passwordHash = m_hasher.hash(password);
    user.createdAt = m_clock();
    if (user.passwordHash.isEmpty())
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("AccountService", "The password could not be hashed."));
    const Status s = m_repo.insert(user);
    audit(by, QStringLiteral("admin.create"), s ? QStringLiteral("success") : QStringLiteral("failure"),
          QStringLiteral("user=%1 role=%2").arg(name, RoleInfo::dbName(role)));
    return s;
}

Status AccountService::listAdmins(const AdminSession &by, QList<AdminUser> *out) const
{
    if (Status s = by.require(Permission::ViewAccounts, m_clock()); !s)
        return s;
    QList<AdminUser> users = m_repo.all();
    for (AdminUser &u : users) {
        u.passwordHash.clear();
        u.totpSecretSealed.clear();
    }
    if (out)
        *out = users;
    return Status::success();
}

Status AccountService::findTarget(const QString &username, AdminUser *out) const
{
    const std::optional<AdminUser> user = m_repo.findByUsername(username.trimmed());
    if (!user)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AccountService", "There is no admin named %1.").arg(username));
    *out = *user;
    return Status::success();
}

Status AccountService::keepsAnAdministrator(const AdminUser &target, bool losesAdministrator) const
{
    if (losesAdministrator && target.role == Role::Administrator && !target.disabled
        && m_repo.countActiveAdministrators() <= 1)
        return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("AccountService", "%1 is the last active Administrator; add another one first.")
                                                        .arg(target.username));
    return Status::success();
}

Status AccountService::setDisabled(const AdminSession &by, const QString &username, bool disabled)
{
    if (Status s = by.require(Permission::ManageAccounts, m_clock()); !s)
        return s;
    AdminUser target;
    if (Status s = findTarget(username, &target); !s)
        return s;
    if (disabled && target.id == by.adminId())
        return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("AccountService", "You cannot disable your own account."));
    if (Status s = keepsAnAdministrator(target, disabled); !s)
        return s;
    const Status s = m_repo.setDisabled(target.id, disabled);
    audit(by, disabled ? QStringLiteral("admin.disable") : QStringLiteral("admin.enable"),
          s ? QStringLiteral("success") : QStringLiteral("failure"), QStringLiteral("user=%1").arg(target.username));
    return s;
}

Status AccountService::setRole(const AdminSession &by, const QString &username, Role role)
{
    if (Status s = by.require(Permission::ManageAccounts, m_clock()); !s)
        return s;
    AdminUser target;
    if (Status s = findTarget(username, &target); !s)
        return s;
    if (Status s = keepsAnAdministrator(target, role != Role::Administrator); !s)
        return s;
    const Status s = m_repo.setRole(target.id, role);
    audit(by, QStringLiteral("admin.role"), s ? QStringLiteral("success") : QStringLiteral("failure"),
          QStringLiteral("user=%1 from=%2 to=%3")
              .arg(target.username, RoleInfo::dbName(target.role), RoleInfo::dbName(role)));
    return s;
}

Status AccountService::resetMfa(const AdminSession &by, const QString &username)
{
    if (Status s = by.require(Permission::ManageAccounts, m_clock()); !s)
        return s;
    AdminUser target;
    if (Status s = findTarget(username, &target); !s)
        return s;
    Status s = m_repo.setMfa(target.id, {}, false);
    if (s)
        s = m_repo.replaceRecoveryCodes(target.id, {});
    audit(by, QStringLiteral("admin.mfa.reset"), s ? QStringLiteral("success") : QStringLiteral("failure"),
          QStringLiteral("user=%1").arg(target.username));
    return s;
}

Status AccountService::enrollMfa(const AdminSession &session, MfaEnrollment *out)
{
    if (!session.isValid())
        return Status::failure(ErrorCode::AuthenticationFailed, QCoreApplication::translate("AccountService", "Sign in first."));
    const std::optional<AdminUser> user = m_repo.findById(session.adminId());
    if (!user)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AccountService", "There is no admin named %1.").arg(session.username()));
    if (user->mfaEnabled)
        return Status::failure(ErrorCode::Conflict,
                               QCoreApplication::translate("AccountService", "Two-factor authentication is already on; an Administrator must reset it first."));
    const QByteArray secret = Totp::generateSecret();
    const QByteArray sealed = m_cipher.encrypt(secret, AuthService::totpCipherContext(user->id));
    if (sealed.isEmpty())
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("AccountService", "The field encryption key is missing or invalid."));
    MfaEnrollment e;
    e.secretBase32 = Base32::encode(secret);
    e.provisioningUri = Totp::provisioningUri(secret, user->username);
    e.recoveryCodes = RecoveryCodes::generate();
    QStringList hashes;
    for (const QString &c : e.recoveryCodes)
        hashes << RecoveryCodes::hash(c);
    Status s = m_repo.setMfa(user->id, sealed, false);
    if (s)
        s = m_repo.replaceRecoveryCodes(user->id, hashes);
    audit(session, QStringLiteral("admin.mfa.enroll"), s ? QStringLiteral("started") : QStringLiteral("failure"),
          QStringLiteral("user=%1").arg(user->username));
    if (s && out)
        *out = e;
    return s;
}

Status AccountService::confirmMfa(AdminSession &session, const QString &code)
{
    if (!session.isValid())
        return Status::failure(ErrorCode::AuthenticationFailed, QCoreApplication::translate("AccountService", "Sign in first."));
    const std::optional<AdminUser> user = m_repo.findById(session.adminId());
    if (!user || user->totpSecretSealed.isEmpty() || user->mfaEnabled)
        return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("AccountService", "There is no two-factor set-up waiting for a code."));
    const std::optional<QByteArray> secret = m_cipher.decrypt(user->totpSecretSealed,
                                                              AuthService::totpCipherContext(user->id));
    if (!secret)
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("AccountService", "The stored secret cannot be read with this field key."));
    const std::optional<qint64> step = Totp::verify(*secret, code, m_clock());
    if (!step) {
        audit(session, QStringLiteral("admin.mfa.enroll"), QStringLiteral("failure"),
              QStringLiteral("user=%1 reason=wrong-code").arg(user->username));
        return Status::failure(ErrorCode::AuthenticationFailed,
                               QCoreApplication::translate("AccountService", "That code does not match; check the time on the phone and try the next code."));
    }
    Status s = m_repo.setMfa(user->id, user->totpSecretSealed, true);
    if (s)
        s = m_repo.setTotpLastStep(user->id, *step);
    audit(session, QStringLiteral("admin.mfa.enroll"), s ? QStringLiteral("success") : QStringLiteral("failure"),
          QStringLiteral("user=%1").arg(user->username));
    if (s)
        session.markMfaEnrolled();
    return s;
}
