#pragma once

#include "core/Status.h"

class Database;

// A write transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE): a deferred one
// that reads first can fail with "database is locked" when it later writes while the endpoint's
// threads write too. Rolls back when destroyed uncommitted. On PostgreSQL an ordinary transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
};
