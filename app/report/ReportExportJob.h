#pragma once

#include "core/Status.h"
#include "report/ReportOutcome.h"
#include "report/ReportRequest.h"
#include "security/AdminSession.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class AuditCheckpointer;
class Database;
class QThread;

// One compliance report export off the caller's (GUI) thread: the permission is checked and a
// refusal audited at once; then, with a checkpointer, the audit trail's newest entries are signed
// (so the report carries a current signed checkpoint); then ReportService::produce() runs on a
// worker thread with its own database connection, reporting progress; cancel() stops it between
// pages and no file is left. The outcome (success, failure or cancelled) is audited back on the
// caller's thread and announced by finished().
class ReportExportJob : public QObject
{
    Q_OBJECT
public:
    ReportExportJob(Database &db, const AdminSession &session, AuditCheckpointer *checkpointer = nullptr, QObject *parent = nullptr);
    ~ReportExportJob() override;

    void start(const ReportRequest &request);
    void cancel() { m_shared->cancel = true; }
    bool isRunning() const { return m_running; }

signals:
    void progress(int percent);
    void finished(const Status &status, const ReportOutcome &outcome);

private:
    struct Shared {
        std::atomic<bool> cancel{false};
        Status status;
        ReportOutcome outcome;
    };
    void runWorker();
    void end(const Status &status, const ReportOutcome &outcome, bool audit);

    Database &m_db;
    AdminSession m_session;
    QPointer<AuditCheckpointer> m_checkpointer;
    ReportRequest m_request;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    QThread *m_thread = nullptr;
    bool m_running = false;
};
