#pragma once

#include "changes/ChangeSubject.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class Database;

// Tells the console's views that what they show has changed in the database, whoever wrote it:
// this console, an endpoint worker, the command line, another console on the same PostgreSQL.
// One per console, on the GUI thread, with a connection of its own (so that on SQLite it sees the
// console's own writes as "another connection's" too).
// SQLite: every interval, PRAGMA data_version (answered from memory, no file read) says whether
// anyone committed; only then are the counters read. PostgreSQL: LISTEN clinicmdm_changes (the
// triggers NOTIFY at commit), then the counters; the timer only if the driver cannot listen.
// A subject changed several times between two checks is reported once.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 250;

    explicit ChangeNotifier(const Database &main, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Opens the connection and takes the first reading; false (and no signals ever) when the
    // database cannot be opened again.
    bool start(int intervalMs = DefaultIntervalMs);
    bool isListening() const { return m_listening; } // PostgreSQL LISTEN/NOTIFY in use

    // For writers in this process that want their change shown at once: checks now instead of
    // at the next tick (on the next event loop pass, so a burst of pokes costs one check).
    void poke();
    // Checks at once; returns how many subjects changed. What the timer and poke() call.
    int checkNow();

    // For the figures: checks made, and how many of them read the counters.
    qint64 checks() const { return m_checks; }
    qint64 counterReads() const { return m_counterReads; }

signals:
    void changed(ChangeSubject subject);

private:
    bool anyCommit();

    const Database &m_main;
    std::unique_ptr<Database> m_db;
    QTimer m_timer;
    QHash<ChangeSubject, qint64> m_last;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    bool m_pokeQueued = false;
    qint64 m_checks = 0;
    qint64 m_counterReads = 0;
};
