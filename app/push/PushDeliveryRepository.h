#pragma once

#include "core/Status.h"
#include "push/PushDelivery.h"

#include <optional>

class Database;

// All SQL for push_delivery: one row per device, replaced by every push attempt's outcome.
class PushDeliveryRepository
{
public:
    explicit PushDeliveryRepository(Database &db);

    Status record(const PushDelivery &delivery);
    std::optional<PushDelivery> find(qint64 deviceId) const;

private:
    Database &m_db;
};
