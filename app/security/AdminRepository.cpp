#include "security/AdminRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const char kColumns[] = "id, username, display_name, role, password_hash, totp_secret, mfa_enabled, disabled, "
                        "failed_attempts, locked_until, created_at, last_login_at, totp_last_step";

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant nullable(std::optional<qint64> v) { return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>()); }

AdminUser fromQuery(const QSqlQuery &q)
{
    AdminUser u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = RoleInfo::fromName(q.value(3).toString()).value_or(Role::Auditor);
    u.passwordHash = q.value(4).toString();
    u.totpSecretSealed = q.value(5).toByteArray();
    u.mfaEnabled = q.value(6).toInt() != 0;
    u.disabled = q.value(7).toInt() != 0;
    u.failedAttempts = q.value(8).toInt();
    u.lockedUntil = optionalInt(q.value(9));
    u.createdAt = q.value(10).toLongLong();
    u.lastLoginAt = optionalInt(q.value(11));
    u.totpLastStep = optionalInt(q.value(12));
    return u;
}

} // namespace

AdminRepository::AdminRepository(Database &db) : m_db(db) {}

Status AdminRepository::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AdminRepository", "No such admin."));
    return Status::success();
}

int AdminRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM admin_users")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int AdminRepository::countActiveAdministrators() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM admin_users WHERE role = ? AND disabled = 0"));
    q.addBindValue(RoleInfo::dbName(Role::Administrator));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::optional<AdminUser> AdminRepository::findByUsername(const QString &username) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM admin_users WHERE username = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<AdminUser> AdminRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM admin_users WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<AdminUser> AdminRepository::all() const
{
    QList<AdminUser> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM admin_users ORDER BY username").arg(QLatin1String(kColumns))))
        return out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

Status AdminRepository::insertWith(const QString &sql, AdminUser &user, const QString &conflictMessage)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(user.username);
    q.addBindValue(user.displayName.isNull() ? QStringLiteral("") : user.displayName);
    q.addBindValue(RoleInfo::dbName(user.role));
    q.addBindValue(user.passwordHash);
    q.addBindValue(user.createdAt);
    if (!q.exec()) {
        if (findByUsername(user.username))
            return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("AdminRepository", "An admin named %1 already exists.").arg(user.username));
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    }
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorCode::Conflict, conflictMessage);
    const std::optional<AdminUser> stored = findByUsername(user.username);
    if (!stored)
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("AdminRepository", "The new admin could not be read back."));
    user.id = stored->id;
    return Status::success();
}

Status AdminRepository::insert(AdminUser &user)
{
    return insertWith(QStringLiteral("INSERT INTO admin_users (username, display_name, role, password_hash, created_at) "
                                     "VALUES (?,?,?,?,?)"),
                      user, QCoreApplication::translate("AdminRepository", "An admin named %1 already exists.").arg(user.username));
}

Status AdminRepository::insertFirst(AdminUser &user)
{
    // The casts give PostgreSQL the parameter types a SELECT list cannot infer.
    return insertWith(QStringLiteral("INSERT INTO admin_users (username, display_name, role, password_hash, created_at) "
                                     "SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                     "CAST(? AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM admin_users)"),
                      user, QCoreApplication::translate("AdminRepository", "An admin already exists; sign in as that admin to add others."));
}

Status AdminRepository::setRole(qint64 id, Role role)
{
    return exec(QStringLiteral("UPDATE admin_users SET role = ? WHERE id = ?"), {RoleInfo::dbName(role), id});
}

Status AdminRepository::setDisabled(qint64 id, bool disabled)
{
    return exec(QStringLiteral("UPDATE admin_users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, id});
}

Status AdminRepository::setMfa(qint64 id, const QByteArray &totpSecretSealed, bool enabled)
{
    const QVariant secret = totpSecretSealed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                       : QVariant(totpSecretSealed);
    return exec(QStringLiteral("UPDATE admin_users SET totp_secret = ?, mfa_enabled = ?, totp_last_step = NULL WHERE id = ?"),
                {secret, enabled ? 1 : 0, id});
}

Status AdminRepository::setFailures(qint64 id, int failedAttempts, std::optional<qint64> lockedUntil)
{
    return exec(QStringLiteral("UPDATE admin_users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                {failedAttempts, nullable(lockedUntil), id});
}

Status AdminRepository::recordSignIn(qint64 id, qint64 at)
{
    return exec(QStringLiteral("UPDATE admin_users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? "
                               "WHERE id = ?"),
                {at, id});
}

Status AdminRepository::setTotpLastStep(qint64 id, qint64 step)
{
    return exec(QStringLiteral("UPDATE admin_users SET totp_last_step = ? WHERE id = ?"), {step, id});
}

Status AdminRepository::replaceRecoveryCodes(qint64 adminId, const QStringList &codeHashes)
{
    QSqlDatabase conn = m_db.connection();
    const bool own = m_db.beginTransaction();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("DELETE FROM admin_recovery_codes WHERE admin_id = ?"));
    q.addBindValue(adminId);
    bool ok = q.exec();
    for (const QString &h : codeHashes) {
        if (!ok)
            break;
        q.prepare(QStringLiteral("INSERT INTO admin_recovery_codes (admin_id, code_hash) VALUES (?, ?)"));
        q.addBindValue(adminId);
        q.addBindValue(h);
        ok = q.exec();
    }
    if (!ok) {
        const QString why = q.lastError().text();
        if (own)
            m_db.rollbackTransaction();
        return Status::failure(ErrorCode::Failure, why);
    }
    if (own && !m_db.commitTransaction())
        return Status::failure(ErrorCode::Failure, conn.lastError().text());
    return Status::success();
}

bool AdminRepository::consumeRecoveryCode(qint64 adminId, const QString &codeHash, qint64 at)
{
    // One UPDATE, so two simultaneous sign-ins with the same code cannot both succeed.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE admin_recovery_codes SET used_at = ? WHERE id = (SELECT id FROM admin_recovery_codes "
                             "WHERE admin_id = ? AND code_hash = ? AND used_at IS NULL LIMIT 1)"));
    q.addBindValue(at);
    q.addBindValue(adminId);
    q.addBindValue(codeHash);
    return q.exec() && q.numRowsAffected() == 1;
}

int AdminRepository::unusedRecoveryCodes(qint64 adminId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM admin_recovery_codes WHERE admin_id = ? AND used_at IS NULL"));
    q.addBindValue(adminId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}
