#include "endpoint/EndpointWorker.h"

#include "db/Database.h"
#include "endpoint/DeviceSeenRecorder.h"
#include "endpoint/EndpointConnection.h"
#include "endpoint/EndpointShared.h"
#include "endpoint/HttpResponseEncoder.h"
#include "endpoint/RequestHandler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <exception>

namespace {
constexpr int SeenFlushMsec = 1000;
constexpr int ShutdownGraceMsec = 2000;
} // namespace

EndpointWorker::EndpointWorker(std::shared_ptr<EndpointShared> shared, const Database &mainDatabase, int index)
    : m_shared(std::move(shared)), m_mainDatabase(mainDatabase), m_index(index)
{
}

EndpointWorker::~EndpointWorker() = default;

qint64 EndpointWorker::nowMsec()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

void EndpointWorker::begin()
{
    m_db = std::make_unique<Database>();
    const Status s = m_db->openAnother(m_mainDatabase);
    if (!s) {
        m_db.reset();
        emit ready(m_index, s);
        return;
    }
    m_seen = std::make_unique<DeviceSeenRecorder>(*m_db);
    // Deadlines are checked by one sweep per thread rather than a timer per connection; the sweep
    // runs often enough for the shortest limit to be honoured within a quarter of itself.
    const EndpointLimits &l = m_shared->limits;
    const int shortest = qMin(qMin(l.handshakeTimeoutMsec, l.requestTimeoutMsec), l.idleTimeoutMsec);
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setInterval(qBound(20, shortest / 4, 250));
    connect(m_sweepTimer, &QTimer::timeout, this, &EndpointWorker::sweep);
    m_sweepTimer->start();
    m_lastFlushMsec = nowMsec();
    emit ready(m_index, Status::success());
}

void EndpointWorker::adopt(qintptr descriptor, quint64 connectionId)
{
    auto *connection = new EndpointConnection(*this, *m_shared, connectionId, this);
    m_connections.fetch_add(1, std::memory_order_relaxed);
    m_live.append(connection);
    connect(connection, &EndpointConnection::closed, this, &EndpointWorker::remove, Qt::QueuedConnection);
    if (m_shuttingDown || !connection->start(descriptor))
        remove(connection);
}

void EndpointWorker::remove(EndpointConnection *connection)
{
    if (!m_live.removeOne(connection))
        return;
    m_connections.fetch_sub(1, std::memory_order_relaxed);
    connection->disconnect(this);
    connection->deleteLater();
    if (m_shuttingDown && m_live.isEmpty())
        QTimer::singleShot(0, this, &EndpointWorker::shutdownNow);
}

void EndpointWorker::evict(quint64 connectionId)
{
    for (EndpointConnection *c : std::as_const(m_live)) {
        if (c->id() == connectionId) {
            c->evict();
            break;
        }
    }
    m_shared->evictionsInFlight.fetch_sub(1, std::memory_order_relaxed);
}

void EndpointWorker::sweep()
{
    const qint64 now = nowMsec();
    const QList<EndpointConnection *> live = m_live;
    for (EndpointConnection *c : live)
        c->checkDeadline(now);
    relieveMemoryPressure();
    for (EndpointConnection *c : std::as_const(m_live))
        c->resumeReading();
    if (m_seen && now - m_lastFlushMsec >= SeenFlushMsec) {
        m_lastFlushMsec = now;
        m_seen->flush();
    }
    if (m_db && m_shared->refusals)
        m_shared->refusals->flushDue(*m_db);
}

// When the process-wide budget for request bytes is spent (some connection's read waits for it)
// or nearly so, the worker whose connection holds the most (as the workers published at their
// last sweep) answers it 503 and closes it, once per sweep: the budget frees within a few sweeps
// rather than at the request timeout, and the biggest consumer pays for it rather than the
// devices that only want to check in.
void EndpointWorker::relieveMemoryPressure()
{
    EndpointConnection *largest = nullptr;
    for (EndpointConnection *c : std::as_const(m_live))
        if (c->bufferedRequestBytes() > 0 && (!largest || c->bufferedRequestBytes() > largest->bufferedRequestBytes()))
            largest = c;
    const qint64 held = largest ? largest->bufferedRequestBytes() : 0;
    m_shared->largestHeldByWorker[m_index].store(held, std::memory_order_relaxed);

    const qint64 budget = m_shared->limits.maxBufferedRequestBytes;
    const bool pressure = m_shared->deferredConnections.load(std::memory_order_relaxed) > 0
                          || m_shared->bufferedRequestBytes.load(std::memory_order_relaxed) > budget - budget / 8;
    // Pressure seen at two sweeps in a row: by then every worker has published its largest holder.
    const bool persistent = pressure && m_pressureAtLastSweep;
    m_pressureAtLastSweep = pressure;
    if (persistent && largest && held >= m_shared->largestHeldElsewhere(m_index)) {
        largest->shed();
        m_shared->largestHeldByWorker[m_index].store(0, std::memory_order_relaxed);
    }
}

void EndpointWorker::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_live.isEmpty()) {
        shutdownNow();
        return;
    }
    const QList<EndpointConnection *> live = m_live;
    for (EndpointConnection *c : live)
        c->closeGracefully();
    m_graceTimer = new QTimer(this);
    m_graceTimer->setSingleShot(true);
    connect(m_graceTimer, &QTimer::timeout, this, &EndpointWorker::shutdownNow);
    m_graceTimer->start(ShutdownGraceMsec);
}

void EndpointWorker::shutdownNow()
{
    if (m_done)
        return;
    m_done = true;
    m_shuttingDown = true;
    if (m_sweepTimer)
        m_sweepTimer->stop();
    if (m_graceTimer)
        m_graceTimer->stop();
    for (EndpointConnection *c : std::as_const(m_live))
        delete c; // the socket goes with it; its destructor aborts the TCP connection
    m_connections.store(0, std::memory_order_relaxed);
    m_live.clear();
    closeDatabase();
    emit done(m_index);
}

void EndpointWorker::closeDatabase()
{
    if (m_seen)
        m_seen->flush();
    if (m_db && m_shared->refusals)
        m_shared->refusals->flushAll(*m_db);
    m_seen.reset();
    m_db.reset();
}

HttpResponse EndpointWorker::dispatch(RequestHandler &handler, const HttpRequest &request)
{
    m_servingPeer = request.peer;
    try {
        return handler.handle(request, *this);
    } catch (const std::exception &) {
        // The message might quote request content: not logged.
        return HttpResponse::error(500, "Internal error");
    } catch (...) {
        return HttpResponse::error(500, "Internal error");
    }
}

QByteArray EndpointWorker::httpDate()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != m_dateSecond) {
        m_dateSecond = now;
        m_date = HttpResponseEncoder::httpDate(now);
    }
    return m_date;
}

Database &EndpointWorker::database() { return *m_db; }

void EndpointWorker::recordDeviceSeen(qint64 deviceId, qint64 epochSeconds)
{
    if (m_seen)
        m_seen->note(deviceId, epochSeconds);
}

void EndpointWorker::auditRefusal(const EndpointRefusal &refusal)
{
    EndpointRefusal r = refusal;
    if (r.source.isNull())
        r.source = m_servingPeer;
    if (m_shared->refusals)
        m_shared->refusals->submit(*m_db, r);
    else
        r.record(*m_db);
}
