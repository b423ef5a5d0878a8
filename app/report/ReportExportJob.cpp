#include "report/ReportExportJob.h"

#include "audit/AuditCheckpointer.h"
#include "db/Database.h"
#include "report/ReportService.h"

#include <QThread>

ReportExportJob::ReportExportJob(Database &db, const AdminSession &session, AuditCheckpointer *checkpointer, QObject *parent)
    : QObject(parent), m_db(db), m_session(session), m_checkpointer(checkpointer)
{
}

ReportExportJob::~ReportExportJob()
{
    // Stop the worker at its next page and wait, so its connection does not outlive the thread;
    // its QSaveFile then leaves no file.
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->disconnect(this);
        m_thread->wait();
        // Closed mid-way (the admin signed out): still on record, as cancelled, or written if it got there first.
        ReportService(m_db).record(m_session.actor(), m_request, m_shared->status, m_shared->outcome);
    }
}

void ReportExportJob::start(const ReportRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_request = request;
    m_shared = std::make_shared<Shared>();
    if (Status s = ReportService(m_db).authorize(m_session, request); !s) {
        // Queued, so a caller that connects after start() still hears the answer.
        QMetaObject::invokeMethod(this, [this, s] { end(s, ReportOutcome(), false); }, Qt::QueuedConnection);
        return;
    }
    if (!m_checkpointer) {
        QMetaObject::invokeMethod(this, &ReportExportJob::runWorker, Qt::QueuedConnection);
        return;
    }
    // Sign what is there now; a refusal (a tampered trail) does not stop the report, whose audit
    // section then says what failed.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_checkpointer, &AuditCheckpointer::finished, this, [this, connection](const Status &, const AuditCheckpoint &) {
        disconnect(*connection);
        runWorker();
    });
    m_checkpointer->checkpoint(0, AuditCheckpointer::Check::SinceLastCheckpoint);
}

void ReportExportJob::runWorker()
{
    if (m_shared->cancel) {
        ReportOutcome o;
        o.cancelled = true;
        return end(Status::failure(ErrorCode::Failure, tr("The export was cancelled.")), o, true);
    }
    const std::shared_ptr<Shared> shared = m_shared;
    const ReportRequest request = m_request;
    const Actor actor = m_session.actor();
    Database &source = m_db;
    ReportExportJob *job = this; // outlives the worker: the destructor waits for it
    m_thread = QThread::create([&source, shared, request, actor, job] {
        Database own; // QSqlDatabase connections belong to the thread that opened them
        if (Status s = own.openAnother(source); !s) {
            shared->status = s;
            return;
        }
        int last = -1;
        shared->status = ReportService(own).produce(actor, request, [&](int percent) {
            if (percent != last) {
                last = percent;
                // Queued to the job's thread; Qt drops it if the job is deleted before it is delivered.
                QMetaObject::invokeMethod(job, [job, percent] { emit job->progress(percent); }, Qt::QueuedConnection);
            }
            return !shared->cancel.load();
        }, &shared->outcome);
    });
    connect(m_thread, &QThread::finished, this, [this, shared] {
        m_thread->deleteLater();
        m_thread = nullptr;
        end(shared->status, shared->outcome, true);
    });
    m_thread->start(QThread::LowPriority);
}

void ReportExportJob::end(const Status &status, const ReportOutcome &outcome, bool audit)
{
    // A refusal was audited by authorize(); everything after it is audited here.
    if (audit)
        ReportService(m_db).record(m_session.actor(), m_request, status, outcome);
    m_running = false;
    emit finished(status, outcome);
}
