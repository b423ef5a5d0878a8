#pragma once

#include <QMap>
#include <QString>

class Database;

// The console-wide evidence counts the report prints (SQL aggregates over admin_users, enrollments
// and audit_events).
class ReportEvidenceRepository
{
public:
    explicit ReportEvidenceRepository(Database &db);

    void adminCounts(int *active, int *withMfa) const;
    int devicesWithIdentityCertificate() const;
    QMap<QString, int> auditActions(qint64 fromSeconds, qint64 toSeconds) const; // action -> entries

private:
    Database &m_db;
};
