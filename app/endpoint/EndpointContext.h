#pragma once

#include "endpoint/EndpointRefusal.h"
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

    // Audits a refused request. The server's context fills in a missing source with the peer of
    // the request being served and folds the refusals of unknown peers (see RefusalAggregator);
    // this default writes one entry at once.
    virtual void auditRefusal(const EndpointRefusal &refusal) { refusal.record(database()); }
};
