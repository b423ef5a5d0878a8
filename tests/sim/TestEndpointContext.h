#pragma once

#include "endpoint/EndpointContext.h"

// The endpoint context of in-process tests: the test's own database connection.
class TestEndpointContext : public EndpointContext
{
public:
    explicit TestEndpointContext(Database &db) : m_db(db) {}
    Database &database() override { return m_db; }

private:
    Database &m_db;
};
