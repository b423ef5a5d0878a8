#pragma once

#include "audit/AuditVerification.h"

#include <QObject>

class Database;

// Runs AuditVerifier on a worker thread with its own database connection, so the console stays
// responsive while a long trail (about 1.8 s per 100,000 entries) is recomputed.
class AuditVerifyJob : public QObject
{
    Q_OBJECT
public:
    explicit AuditVerifyJob(Database &db, QObject *parent = nullptr);
    ~AuditVerifyJob() override;

    void start();
    bool isRunning() const { return m_running; }

signals:
    void finished(const AuditVerification &result);

private:
    Database &m_db;
    bool m_running = false;
    class QThread *m_thread = nullptr;
};
