#pragma once

#include "core/Status.h"
#include "security/AdminUser.h"

#include <QList>
#include <QStringList>

class Database;

// All SQL for admin_users and admin_recovery_codes. Policy (who may do what, lockouts, hashing)
// lives in AccountService/AuthService; this class only stores and fetches.
class AdminRepository
{
public:
    explicit AdminRepository(Database &db);

    int count() const;
    int countActiveAdministrators() const;
    std::optional<AdminUser> findByUsername(const QString &username) const;
    std::optional<AdminUser> findById(qint64 id) const;
    QList<AdminUser> all() const;

    // Inserts (without MFA, enabled) and sets user.id. Conflict when the user name exists.
    Status insert(AdminUser &user);
    // Inserts only while the table is empty, in one statement so two first runs cannot both win.
    Status insertFirst(AdminUser &user);

    Status setRole(qint64 id, Role role);
    Status setDisabled(qint64 id, bool disabled);
    Status setMfa(qint64 id, const QByteArray &totpSecretSealed, bool enabled);
    Status setFailures(qint64 id, int failedAttempts, std::optional<qint64> lockedUntil);
    Status recordSignIn(qint64 id, qint64 at);
    Status setTotpLastStep(qint64 id, qint64 step);

    Status replaceRecoveryCodes(qint64 adminId, const QStringList &codeHashes);
    // Marks the unused code with this hash used; false when there is none.
    bool consumeRecoveryCode(qint64 adminId, const QString &codeHash, qint64 at);
    int unusedRecoveryCodes(qint64 adminId) const;

private:
    Status insertWith(const QString &sql, AdminUser &user, const QString &conflictMessage);
    Status exec(const QString &sql, const QVariantList &values) const;

    Database &m_db;
};
