#pragma once

#include "core/Status.h"
#include "fleet/ReenrollmentExpectation.h"

#include <optional>

class Database;

// All SQL for reenrollment_expectations.
class ReenrollmentExpectationRepository
{
public:
    explicit ReenrollmentExpectationRepository(Database &db) : m_db(db) {}

    Status create(ReenrollmentExpectation &expectation); // sets id
    // The latest unused, unexpired expectation of the device.
    std::optional<ReenrollmentExpectation> open(qint64 deviceId, qint64 now) const;
    // Uses every open expectation of the device (one conditional UPDATE, inside the caller's
    // transaction): NotFound when none was open, so two identities racing for it cannot both win.
    Status consume(qint64 deviceId, const QString &identitySha256, qint64 now);
    // Ends the device's open expectations now (a new one replaces them): at most one is ever open.
    Status endOpen(qint64 deviceId, qint64 now);

private:
    Database &m_db;
};
