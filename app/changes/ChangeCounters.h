#pragma once

#include "changes/ChangeSubject.h"

#include <QHash>

class Database;

// Reads every subject's change counter (SchemaV25) in one query. Counters only grow; a subject
// whose counter differs from the last reading has changed since.
class ChangeCounters
{
public:
    explicit ChangeCounters(Database &db);
    // Empty when the database cannot answer (an older schema, a lost connection).
    QHash<ChangeSubject, qint64> read() const;

private:
    Database &m_db;
};
