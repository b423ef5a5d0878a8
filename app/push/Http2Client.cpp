#include "push/Http2Client.h"

#include "push/Http2Connection.h"

#include <QCoreApplication>
#include <QTimer>

Http2Client::Http2Client(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Http2Client::onTimer);
}

Http2Client::~Http2Client()
{
    for (Pool &p : m_pools)
        if (p.connection) {
            p.connection->disconnect(this);
            p.connection->close();
        }
}

quint64 Http2Client::send(const Http2Endpoint &endpoint, const Http2Request &request, Callback done)
{
    const quint64 id = m_nextId++;
    const QString key = endpoint.key();
    Pool &pool = m_pools[key];
    if (pool.endpoint.host.isEmpty())
        pool.endpoint = endpoint;
    Job job;
    job.key = key;
    job.request = request;
    job.done = std::move(done);
    job.deadline = m_clock.elapsed() + request.timeoutMsec;
    m_deadlines.emplace(job.deadline, id);
    m_jobs.emplace(id, std::move(job));
    pool.waiting.push_back(id);
    armTimer();
    // Deferred, so callbacks never run inside send() and a burst of sends fills one socket write:
    // one queued pump per endpoint and event-loop turn, however many sends.
    if (!m_pumpScheduled.contains(key)) {
        m_pumpScheduled.insert(key);
        QMetaObject::invokeMethod(this, [this, key] {
            m_pumpScheduled.remove(key);
            pump(key);
        }, Qt::QueuedConnection);
    }
    return id;
}

Http2Connection *Http2Client::connectionFor(Pool &pool)
{
    if (pool.connection)
        return pool.connection;
    const QString key = pool.endpoint.key();
    auto *c = new Http2Connection(pool.endpoint, this);
    pool.connection = c;
    ++m_connectionsOpened;
    connect(c, &Http2Connection::ready, this, [this, key] { pump(key); });
    connect(c, &Http2Connection::capacityAvailable, this, [this, key] { pump(key); });
    connect(c, &Http2Connection::finished, this, [this](quint64 id, const Http2Response &r) { complete(id, r); });
    connect(c, &Http2Connection::refused, this, [this, key](quint64 id) {
        // Not processed by the server: first in line on the next connection.
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        it->second.onWire = false;
        m_pools[key].waiting.push_front(id);
    });
    connect(c, &Http2Connection::closed, this, [this, key, c](const QString &why) { onConnectionClosed(key, c, why); });
    c->open();
    return c;
}

void Http2Client::pump(const QString &key)
{
    const auto pit = m_pools.find(key);
    if (pit == m_pools.end())
        return;
    Pool &pool = *pit;
    while (!pool.waiting.empty()) {
        const quint64 id = pool.waiting.front();
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end()) {
            pool.waiting.pop_front();
            continue;
        }
        Http2Connection *c = connectionFor(pool);
        if (!c->canSubmit())
            break;
        if (!c->submit(id, it->second.request))
            break;
        it->second.onWire = true;
        pool.waiting.pop_front();
    }
}

void Http2Client::complete(quint64 id, const Http2Response &response)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Callback done = std::move(it->second.done);
    const auto range = m_deadlines.equal_range(it->second.deadline);
    for (auto d = range.first; d != range.second; ++d)
        if (d->second == id) {
            m_deadlines.erase(d);
            break;
        }
    m_jobs.erase(it);
    if (done)
        done(response);
}

void Http2Client::onConnectionClosed(const QString &key, Http2Connection *connection, const QString &why)
{
    Pool &pool = m_pools[key];
    if (pool.connection == connection)
        pool.connection = nullptr;
    connection->disconnect(this);
    connection->deleteLater();
    if (pool.waiting.empty())
        return;
    // A connection that never came up fails the waiting jobs (the caller retries later, with
    // backoff); after a GOAWAY or an idle close they go out on a new connection.
    const bool neverReady = !connection->wasEstablished();
    if (neverReady) {
        std::deque<quint64> waiting = std::move(pool.waiting);
        pool.waiting.clear();
        for (quint64 id : waiting) {
            Http2Response r;
            r.error = Http2Response::Error::ConnectionFailed;
            r.errorText = why;
            complete(id, r);
        }
        return;
    }
    QMetaObject::invokeMethod(this, [this, key] { pump(key); }, Qt::QueuedConnection);
}

void Http2Client::reset()
{
    for (Pool &p : m_pools)
        if (p.connection) {
            Http2Connection *c = p.connection;
            p.connection = nullptr;
            c->disconnect(this);
            c->close();
            c->deleteLater();
        }
    std::vector<quint64> ids;
    for (const auto &[id, job] : m_jobs)
        ids.push_back(id);
    for (quint64 id : ids) {
        Http2Response r;
        r.error = Http2Response::Error::Cancelled;
        complete(id, r);
    }
    m_pools.clear();
}

void Http2Client::armTimer()
{
    if (m_deadlines.empty()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_deadlines.begin()->first - m_clock.elapsed());
    if (!m_timer->isActive() || m_timer->remainingTime() > wait)
        m_timer->start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

void Http2Client::onTimer()
{
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const quint64 id = m_deadlines.begin()->second;
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end()) {
            if (it->second.onWire) {
                const auto pit = m_pools.find(it->second.key);
                if (pit != m_pools.end() && pit->connection)
                    pit->connection->cancel(id);
            }
            Http2Response r;
            r.error = Http2Response::Error::Timeout;
            r.errorText = QCoreApplication::translate("Http2Client", "no answer within %1 ms").arg(it->second.request.timeoutMsec);
            complete(id, r); // also removes the deadline
        } else {
            m_deadlines.erase(m_deadlines.begin());
        }
    }
    armTimer();
}
