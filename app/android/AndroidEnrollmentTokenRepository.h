#pragma once

#include "android/AndroidEnrollmentToken.h"
#include "core/Status.h"

#include <optional>

class Database;

// All SQL for Android one-time enrollment tokens (schema 1's enrollments table, platform android).
// A token is 32 random bytes, base64url; only its SHA-256 (hex) is stored.
class AndroidEnrollmentTokenRepository
{
public:
    static constexpr qint64 DefaultLifetimeSeconds = 24 * 3600;

    explicit AndroidEnrollmentTokenRepository(Database &db);

    // Creates an open token and returns it in clear once, in *token.
    Status create(AndroidEnrollmentToken &row, const QString &createdBy, QString *token);
    std::optional<AndroidEnrollmentToken> findByToken(const QString &token) const;
    std::optional<AndroidEnrollmentToken> findById(qint64 id) const;
    // open -> used, only if still open and unexpired (one conditional UPDATE: two agents racing with
    // the same token cannot both win). False when another request used it first.
    bool consume(qint64 id, qint64 deviceId, const QString &certSha256, qint64 now);
    Status revoke(qint64 id);

    static QString hash(const QString &token);

private:
    std::optional<AndroidEnrollmentToken> select(const QString &where, const QVariant &value) const;
    Database &m_db;
};
