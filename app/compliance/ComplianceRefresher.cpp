#include "compliance/ComplianceRefresher.h"

#include "compliance/ComplianceService.h"
#include "db/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <memory>

namespace {

// The worker's side: a connection opened (and closed) in the worker thread.
class RefreshWorker : public QObject
{
public:
    explicit RefreshWorker(const Database &main) : m_main(main) {}
    // -1 when the database cannot be opened or the verdicts cannot be stored.
    int run()
    {
        if (!m_db) {
            m_db = std::make_unique<Database>();
            if (!m_db->openAnother(m_main)) {
                m_db.reset();
                return -1;
            }
        }
        int changed = 0;
        if (!ComplianceService(*m_db).storeVerdicts(QDateTime::currentSecsSinceEpoch(), &changed))
            return -1;
        return changed;
    }

private:
    const Database &m_main;
    std::unique_ptr<Database> m_db;
};

} // namespace

ComplianceRefresher::ComplianceRefresher(const Database &main, QObject *parent) : QObject(parent), m_main(main)
{
    m_hourly.setInterval(60 * 60 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, &ComplianceRefresher::requestRefresh);
    m_settle.setSingleShot(true);
    m_settle.setInterval(1000);
    connect(&m_settle, &QTimer::timeout, this, &ComplianceRefresher::runNow);
}

ComplianceRefresher::~ComplianceRefresher()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait(); // at most the evaluation in flight; the worker closes its connection
        delete m_thread;
    }
}

void ComplianceRefresher::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ComplianceRefresher"));
    m_worker = new RefreshWorker(m_main);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_hourly.start();
    runNow();
}

void ComplianceRefresher::requestRefresh()
{
    if (!m_thread)
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    if (!m_settle.isActive())
        m_settle.start();
}

void ComplianceRefresher::runNow()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    m_running = true;
    m_pending = false;
    auto *worker = static_cast<RefreshWorker *>(m_worker);
    QMetaObject::invokeMethod(m_worker, [this, worker] {
        QElapsedTimer clock;
        clock.start();
        const int changed = worker->run();
        const qint64 ms = clock.elapsed();
        QMetaObject::invokeMethod(this, [this, changed, ms] { finished(changed, ms); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ComplianceRefresher::finished(int changed, qint64 milliseconds)
{
    m_running = false;
    emit refreshed(changed, milliseconds);
    if (m_pending)
        requestRefresh();
}
