#pragma once

#include "apple/AppleEnrollment.h"
#include "core/Status.h"

#include <QList>
#include <optional>

class Database;

// All SQL for Apple enrollments: the enrollments rows (platform 'apple', method 'profile') and their
// one-time SCEP challenges (apple_scep_challenges, hashes only).
class AppleEnrollmentRepository
{
public:
    explicit AppleEnrollmentRepository(Database &db);

    Status create(AppleEnrollment &enrollment); // sets id
    std::optional<AppleEnrollment> findById(qint64 id) const;
    std::optional<AppleEnrollment> findByTokenHash(const QString &tokenHash) const;
    // Newest first; an empty state means any.
    QList<AppleEnrollment> list(const QString &state = {}, int limit = 1000) const;

    // Replaces the enrollment's challenge (a new profile download mints a new one).
    Status setChallenge(qint64 enrollmentId, const QString &challengeHash, qint64 now);
    // Marks the challenge used when it exists, is unused and its enrollment is open and unexpired;
    // NotFound otherwise. Run inside the caller's write transaction together with the issuance.
    Status consumeChallenge(const QString &challengeHash, qint64 now, qint64 &enrollmentId);
    Status complete(qint64 enrollmentId, qint64 deviceId, const QString &identitySha256, qint64 now);
    // The enrollment that brought the device in most recently (its profile is the one to remove).
    std::optional<qint64> latestForDevice(qint64 deviceId) const;

private:
    Database &m_db;
};
