#pragma once

#include "core/Status.h"

class Database;

// One write transaction, rolled back unless commit() succeeds. On SQLite it starts with BEGIN
// IMMEDIATE: a deferred transaction that reads first cannot upgrade to a writer while another
// connection (another endpoint worker, the GUI, the command line) has written meanwhile in WAL mode;
// taking the write lock up front lets busy_timeout queue writers instead of failing them.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    Status status() const; // why begin failed, when it did
    Status commit();
    void rollback(); // now rather than at destruction; harmless when nothing is open

private:
    Database &m_db;
    bool m_active = false;
    QString m_error;
};
