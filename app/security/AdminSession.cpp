#include "security/AdminSession.h"

#include "audit/AuditLog.h"
#include "security/AccessPolicy.h"

#include <QCoreApplication>
#include <QDateTime>

AdminSession::AdminSession(Database *auditDb, qint64 adminId, const QString &username, Role role, bool mfaVerified,
                           bool mfaEnrollmentPending)
    : m_db(auditDb),
      m_adminId(adminId),
      m_username(username),
      m_role(role),
      m_mfaVerified(mfaVerified),
      m_mfaEnrollmentPending(mfaEnrollmentPending),
      m_authenticatedAt(QDateTime::currentSecsSinceEpoch())
{
}

Actor AdminSession::actor() const { return {m_username, RoleInfo::dbName(m_role)}; }

bool AdminSession::can(Permission permission) const
{
    return isValid() && !m_mfaEnrollmentPending && AccessPolicy::allows(m_role, permission);
}

Status AdminSession::require(Permission permission) const
{
    return require(permission, QDateTime::currentSecsSinceEpoch());
}

Status AdminSession::require(Permission permission, qint64 nowSeconds) const
{
    if (can(permission)) {
        if (!AccessPolicy::needsReauthentication(permission) || nowSeconds - m_authenticatedAt <= kReauthWindowSeconds)
            return Status::success();
        return Status::failure(ErrorCode::AuthenticationFailed,
                               QCoreApplication::translate("AdminSession", "Confirm your password and code to %1.")
                                   .arg(PermissionInfo::displayName(permission)));
    }
    QString message;
    if (!isValid())
        message = QCoreApplication::translate("AdminSession", "Sign in to %1.").arg(PermissionInfo::displayName(permission));
    else if (m_mfaEnrollmentPending)
        message = QCoreApplication::translate("AdminSession", "Set up two-factor authentication before you %1.")
                      .arg(PermissionInfo::displayName(permission));
    else
        message = QCoreApplication::translate("AdminSession", "A %1 may not %2.")
                      .arg(RoleInfo::displayName(m_role), PermissionInfo::displayName(permission));
    if (m_db) {
        AuditLog log(*m_db);
        log.record(isValid() ? actor() : Actor{QStringLiteral("anonymous"), QString()}, QStringLiteral("access.denied"),
                   QStringLiteral("refused"), QStringLiteral("permission=%1").arg(PermissionInfo::name(permission)));
    }
    return Status::failure(ErrorCode::PermissionDenied, message);
}

void AdminSession::markMfaEnrolled()
{
    m_mfaEnrollmentPending = false;
    m_mfaVerified = true;
}
