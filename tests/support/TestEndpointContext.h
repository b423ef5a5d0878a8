#pragma once

#include "endpoint/EndpointContext.h"

// The endpoint context a test hands to RequestHandler::handle(): the test's own database.
class TestEndpointContext : public EndpointContext
{
public:
    explicit TestEndpointContext(Database &db) : m_db(db) {}
    Database &database() override { return m_db; }

private:
    Database &m_db;
};
