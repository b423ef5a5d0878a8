#pragma once

#include "core/Status.h"
#include "security/Actor.h"
#include "security/Permission.h"
#include "security/Role.h"

class Database;

// The signed-in admin. Engine operations call require() before acting; a refusal is audited as
// "access.denied" so an auditor sees attempts, not only successes.
class AdminSession
{
public:
    AdminSession() = default;
    AdminSession(Database *auditDb, qint64 adminId, const QString &username, Role role, bool mfaVerified,
                 bool mfaEnrollmentPending = false);

    bool isValid() const { return m_adminId > 0; }
    qint64 adminId() const { return m_adminId; }
    QString username() const { return m_username; }
    Role role() const { return m_role; }
    bool mfaVerified() const { return m_mfaVerified; }
    // An Administrator who must set up MFA before anything else (MfaRequiredForAdministrators).
    bool mfaEnrollmentPending() const { return m_mfaEnrollmentPending; }
    Actor actor() const;

    // True when the role allows it and nothing is pending; no audit entry.
    bool can(Permission permission) const;
    // Success, or PermissionDenied with a message naming the action and an "access.denied" entry.
    // Sensitive permissions (AccessPolicy::needsReauthentication) also need a password + code
    // confirmation within the last kReauthWindowSeconds, else AuthenticationFailed.
    Status require(Permission permission) const;
    Status require(Permission permission, qint64 nowSeconds) const;

    static constexpr qint64 kReauthWindowSeconds = 5 * 60;
    qint64 authenticatedAt() const { return m_authenticatedAt; }
    void setAuthenticatedAt(qint64 epochSeconds) { m_authenticatedAt = epochSeconds; }
    void markMfaEnrolled();
    // The connection refusals are audited through; a session made on a worker thread's connection is
    // moved to the caller's before use.
    void setAuditDatabase(Database *db) { m_db = db; }

private:
    Database *m_db = nullptr;
    qint64 m_adminId = 0;
    QString m_username;
    Role m_role = Role::Auditor;
    bool m_mfaVerified = false;
    bool m_mfaEnrollmentPending = false;
    qint64 m_authenticatedAt = 0;
};
