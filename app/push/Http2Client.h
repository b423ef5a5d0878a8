#pragma once

#include "push/Http2Endpoint.h"
#include "push/Http2Response.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <functional>
#include <map>
#include <unordered_map>

class Http2Connection;
class QTimer;

// Sends HTTP/2 requests as jobs, each with a timeout, over one long-lived Http2Connection per
// endpoint key (host, port, client identity), opened on first use and reopened when it closes.
// Requests wait in a queue while the connection is not up or its streams are all in use. A stream
// the server refused or dropped with a GOAWAY before processing it is sent again on a new
// connection transparently; every other failure (connect, reset, dropped mid-answer, timeout) is
// reported to the caller, who decides about retrying (push clients: backoff via the outbox).
// Everything runs on the owning thread's event loop.
class Http2Client : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Http2Response &)>;

    explicit Http2Client(QObject *parent = nullptr);
    ~Http2Client() override;

    // Returns the job id; `done` is called exactly once, later (never from inside send()).
    quint64 send(const Http2Endpoint &endpoint, const Http2Request &request, Callback done);
    // Drops every connection (e.g. a new client certificate); jobs in flight fail with Cancelled.
    void reset();

    int pendingJobs() const { return int(m_jobs.size()); }
    int connectionsOpened() const { return m_connectionsOpened; }

private:
    struct Job {
        QString key;
        Http2Request request;
        Callback done;
        qint64 deadline = 0;
        bool onWire = false;
    };
    struct Pool {
        Http2Endpoint endpoint;
        Http2Connection *connection = nullptr;
        std::deque<quint64> waiting;
    };

    Http2Connection *connectionFor(Pool &pool);
    void pump(const QString &key);
    void complete(quint64 id, const Http2Response &response);
    void onConnectionClosed(const QString &key, Http2Connection *connection, const QString &why);
    void armTimer();
    void onTimer();

    QHash<QString, Pool> m_pools;
    QSet<QString> m_pumpScheduled;
    std::unordered_map<quint64, Job> m_jobs;
    std::multimap<qint64, quint64> m_deadlines;
    QElapsedTimer m_clock;
    QTimer *m_timer;
    quint64 m_nextId = 1;
    int m_connectionsOpened = 0;
};
