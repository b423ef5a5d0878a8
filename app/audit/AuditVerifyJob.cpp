#include "audit/AuditVerifyJob.h"

#include "audit/AuditVerifier.h"
#include "db/Database.h"

#include <QThread>

#include <memory>

AuditVerifyJob::AuditVerifyJob(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

AuditVerifyJob::~AuditVerifyJob()
{
    // The worker only reads; letting it finish keeps its connection from outliving the thread.
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
    }
}

void AuditVerifyJob::start()
{
    if (m_running)
        return;
    m_running = true;
    auto result = std::make_shared<AuditVerification>();
    Database &source = m_db;
    m_thread = QThread::create([&source, result] {
        Database own; // QSqlDatabase connections belong to the thread that opened them
        if (Status s = own.openAnother(source); !s) {
            result->error = s.message();
            return;
        }
        *result = AuditVerifier(own).verify();
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        emit finished(*result);
    });
    m_thread->start(QThread::LowPriority);
}
