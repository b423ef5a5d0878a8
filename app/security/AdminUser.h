#pragma once

#include "security/Role.h"

#include <QByteArray>
#include <QString>

#include <optional>

// One row of admin_users. `totpSecretSealed` is the FieldCipher output, never the secret itself.
struct AdminUser {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Technician;
    QString passwordHash;
    QByteArray totpSecretSealed;
    bool mfaEnabled = false;
    bool disabled = false;
    int failedAttempts = 0;
    std::optional<qint64> lockedUntil; // epoch seconds
    qint64 createdAt = 0;
    std::optional<qint64> lastLoginAt;
    std::optional<qint64> totpLastStep;
};
