#include "db/SchemaV16.h"

namespace SchemaV16 {

QList<SchemaStatement> statements()
{
    return {
        // Only locations of supervised corporate devices in Lost Mode ever reach this table
        // (LostModeIngester drops the others where they enter) and only the last few per device are
        // kept (LocationRepository). Negative accuracies, altitude, speed or course mean "unknown",
        // as the device reports them. located_at: when the device determined the location.
        {R"(CREATE TABLE device_locations (
              id ${ID},
              device_id BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
              command_uuid TEXT NOT NULL,
              latitude DOUBLE PRECISION NOT NULL,
              longitude DOUBLE PRECISION NOT NULL,
              horizontal_accuracy DOUBLE PRECISION NOT NULL DEFAULT -1,
              vertical_accuracy DOUBLE PRECISION NOT NULL DEFAULT -1,
              altitude DOUBLE PRECISION NOT NULL DEFAULT -1,
              speed DOUBLE PRECISION NOT NULL DEFAULT -1,
              course DOUBLE PRECISION NOT NULL DEFAULT -1,
              located_at BIGINT NOT NULL,
              received_at BIGINT NOT NULL))"},
        {"CREATE INDEX device_locations_by_device ON device_locations(device_id, received_at)"},
    };
}

} // namespace SchemaV16
