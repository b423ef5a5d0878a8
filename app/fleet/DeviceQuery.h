#pragma once

#include "core/Status.h"
#include "compliance/ComplianceState.h"
#include "fleet/DeviceField.h"
#include "fleet/DeviceTypes.h"

#include <QString>
#include <Qt>

#include <optional>

// What the admin asked to see: a free-text search, filters, and one sort column. Turned into SQL by
// DeviceRepository, so filtering and sorting cost the same for 20 devices or 100,000.
struct DeviceQuery {
    QString text; // matched, case-insensitively, against name, serial, model, IMEI, UDID, department, clinician
    std::optional<Platform> platform;
    std::optional<Ownership> ownership;
    std::optional<EnrollmentState> state;
    QString department; // empty: any
    std::optional<ComplianceState> compliance; // the stored verdict (devices.compliance)
    DeviceField sortField = DeviceField::Name;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool operator==(const DeviceQuery &) const = default;

    // The longest search text: nothing in the fleet is longer, and SQLite refuses LIKE patterns
    // past 50,000 bytes ("pattern too complex") after having done the work to build them.
    static constexpr int MaxTextChars = 256;
    // InvalidInput, with a message for the admin, when the text is longer than MaxTextChars.
    Status validate() const;
};
