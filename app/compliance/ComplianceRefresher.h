#pragma once

#include <QObject>
#include <QTimer>

class Database;
class QThread;

// Keeps the stored per-device verdicts (devices.compliance, devices.policy_label) current while a
// console runs: re-evaluates the fleet on a worker thread with its own connection when devices,
// facts, policies or settings change (requestRefresh, from ChangeNotifier), and every hour since
// verdicts age ("unknown after N days of silence"). Requests during a run are folded into one
// more run, at most one per second, so a burst of check-ins costs one evaluation. Writing only the
// rows that differ means a refresh that changes nothing wakes no view.
class ComplianceRefresher : public QObject
{
    Q_OBJECT
public:
    explicit ComplianceRefresher(const Database &main, QObject *parent = nullptr);
    ~ComplianceRefresher() override;

    void start();          // first refresh now, then on request and hourly
    void requestRefresh(); // coalesced
    bool isRunning() const { return m_running; }

signals:
    // A refresh finished: `changed` rows were written, in `milliseconds`.
    void refreshed(int changed, qint64 milliseconds);

private:
    void runNow();
    void finished(int changed, qint64 milliseconds);

    const Database &m_main;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread, owns the worker's connection
    QTimer m_hourly;
    QTimer m_settle;
    bool m_running = false;
    bool m_pending = false;
};
