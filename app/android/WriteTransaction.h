#pragma once

class Database;

// A write transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE), so concurrent
// endpoint workers queue on the busy timeout instead of failing to upgrade a read lock. Rolls back
// unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
};
