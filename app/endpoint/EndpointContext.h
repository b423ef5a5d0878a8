#pragma once

class Database;

// What a request handler may use on the worker thread that called it.
class EndpointContext
{
public:
    virtual ~EndpointContext() = default;
    // The calling worker thread's own connection to the fleet database (connections are per thread).
    virtual Database &database() = 0;
};
