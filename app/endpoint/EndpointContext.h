#pragma once

#include "fleet/DeviceLastSeenRepository.h"

class Database;

// What a request handler may use on the worker thread that called it.
class EndpointContext
{
public:
    virtual ~EndpointContext() = default;
    // The calling worker thread's own connection to the fleet database (connections are per thread).
    virtual Database &database() = 0;

    // Notes that a device talked to the endpoint. The server's context coalesces these into one
    // write per device per second (see DeviceSeenRecorder); this default writes at once.
    virtual void recordDeviceSeen(qint64 deviceId, qint64 epochSeconds)
    {
        DeviceLastSeenRepository(database()).touch(deviceId, epochSeconds);
    }
};
