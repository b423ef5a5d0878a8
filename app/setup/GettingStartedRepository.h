#pragma once

class Database;

// The SQL behind GettingStartedStatus: whether the database holds any of each first milestone.
class GettingStartedRepository
{
public:
    explicit GettingStartedRepository(Database &db);

    // An Apple enrollment link was used or an Android agent enrolled (demo devices do not count).
    bool hasEnrolledDevice() const;
    bool hasPolicyAssignment() const;
    bool hasExportedReport() const;

private:
    bool exists(const char *sql) const;
    Database &m_db;
};
