#pragma once

#include "compliance/ComplianceInput.h"
#include "compliance/DeviceCompliance.h"
#include "core/Status.h"

#include <QList>

class Database;

// The SQL behind compliance: every managed device with the facts evaluation reads, in two
// queries whatever the fleet size (devices, then device_facts filtered to the evaluated keys).
class ComplianceRepository
{
public:
    explicit ComplianceRepository(Database &db);

    // Enrolled and unreachable devices (pending, unenrolled and wiped ones are not managed).
    // `onlyId`: just that device (none when it is not managed).
    QList<ComplianceInput> managedDevices(qint64 onlyId = 0) const;
    // Devices not evaluated, by enrollment state (pending, unenrolled, wiped).
    QMap<EnrollmentState, int> unmanagedCounts() const;
    // Devices that have checked in but reported no fact yet (for the demo seeder).
    QList<ComplianceInput> checkedInWithoutFacts() const;
    // Stores each device's overall verdict and the policy it was judged by (devices.compliance,
    // devices.policy_label) in one transaction, writing only rows that differ, so that storing an
    // unchanged fleet writes nothing (and wakes no view). Devices not in `evaluated` (not managed)
    // become 'unknown' with no policy. `changed` gets the number of rows written.
    Status storeVerdicts(const QList<DeviceCompliance> &evaluated, int *changed = nullptr);
    // Every managed Apple device's reported OS version and since when it runs it (os_version_since),
    // whatever devices are being evaluated: the fleet's newest releases come from all of them.
    QList<std::pair<QString, qint64>> appleOsVersions() const;

private:
    Database &m_db;
};
