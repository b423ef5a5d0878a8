#pragma once

#include "core/Status.h"
#include "fleet/ReenrollmentExpectation.h"

#include <functional>
#include <optional>

class AdminSession;
class Database;
struct Device;

// "Expect re-enrollment": the one way a device record that was enrolled can be taken over by a new
// identity (a wiped iPad, a factory-reset tablet enrolling again). An Administrator
// (Permission::ExpectReenrollment, freshly re-authenticated) opens a window of a few hours on one
// record; the first identity of the same platform and ownership that claims the record in that
// window becomes it (DeviceClaimPolicy, DeviceRebinder). Audited: device.expect_reenrollment with
// who and until when; refusals too.
class ReenrollmentService
{
public:
    using Clock = std::function<qint64()>; // epoch seconds
    static constexpr int DefaultHours = 24;
    static constexpr int MaxHours = 7 * 24;

    explicit ReenrollmentService(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    Status expect(const AdminSession &session, qint64 deviceId, int hours, ReenrollmentExpectation *opened = nullptr);
    // Success when the device has been enrolled (bound to an identity) before; else InvalidInput saying
    // why the action does not apply (for the GUI's enabled state and the refusals).
    Status applies(const Device &device) const;
    std::optional<ReenrollmentExpectation> openExpectation(qint64 deviceId) const;

private:
    Status refuse(const AdminSession &session, qint64 deviceId, const QString &why, const Status &status);

    Database &m_db;
    Clock m_clock;
};
