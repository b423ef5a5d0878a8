#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class Database;

// Runs the reset-for-next-patient schedules and the session-timeout sweep, once a minute while
// the console (GUI or `serve`) runs. tick(now) does one round and can be called directly (tests,
// no waiting). A schedule runs when one of its slots passed since it last ran: a console that was
// off for days runs each schedule ONCE when it starts, not once per missed slot.
class ResetScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 60 * 1000;

    explicit ResetScheduler(Database &db, QObject *parent = nullptr);

    void start(); // a round now, then every IntervalMs
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    struct Round {
        int schedulesRun = 0;
        int devicesReset = 0;
        int devicesFailed = 0;
        int sessionsTimedOut = 0;
    };
    Round tick(const QDateTime &now);

signals:
    void roundDone(int schedulesRun, int devicesReset, int sessionsTimedOut);
    void problem(const QString &message);

private:
    Database &m_db;
    QTimer m_timer;
};
