#pragma once

#include "security/AdminRepository.h"
#include "security/FieldCipher.h"
#include "security/MfaEnrollment.h"
#include "security/PasswordHasher.h"

#include <functional>

class AdminSession;
class Database;

// Admin accounts: the first Administrator, adding, listing, disabling, roles, MFA enrolment and
// reset. Every change needs a session whose role allows it (ManageAccounts) and is audited
// (admin.create, admin.disable, admin.enable, admin.role, admin.mfa.enroll, admin.mfa.reset).
class AccountService
{
public:
    using Clock = std::function<qint64()>;

    AccountService(Database &db, const QByteArray &fieldKey, PasswordHasher::Cost cost = PasswordHasher::defaultCost());

    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool hasAdmins() const;

    // Only while no admin exists. On success `session` (if given) is the new admin's, with MFA
    // enrolment pending when Administrators must use MFA.
    Status createFirstAdministrator(const QString &username, const QString &displayName, const QString &password,
                                    AdminSession *session = nullptr);
    Status addAdmin(const AdminSession &by, const QString &username, const QString &displayName, Role role,
                    const QString &password);
    // Without password hashes or secrets.
    Status listAdmins(const AdminSession &by, QList<AdminUser> *out) const;
    Status setDisabled(const AdminSession &by, const QString &username, bool disabled);
    Status setRole(const AdminSession &by, const QString &username, Role role);
    Status resetMfa(const AdminSession &by, const QString &username);

    // The session's own MFA: a new secret, its otpauth URI and fresh recovery codes. MFA is on only
    // after confirmMfa() with a first valid code, so a mistyped scan cannot lock the admin out.
    Status enrollMfa(const AdminSession &session, MfaEnrollment *out);
    Status confirmMfa(AdminSession &session, const QString &code);

private:
    Status findTarget(const QString &username, AdminUser *out) const;
    Status keepsAnAdministrator(const AdminUser &target, bool losesAdministrator) const;
    void audit(const AdminSession &by, const QString &action, const QString &outcome, const QString &details) const;

    Database &m_db;
    AdminRepository m_repo;
    FieldCipher m_cipher;
    PasswordHasher m_hasher;
    Clock m_clock;
};
