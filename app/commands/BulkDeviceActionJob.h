#pragma once

#include "commands/BulkActionRequest.h"
#include "security/AdminSession.h"

#include <QElapsedTimer>
#include <QObject>

class Database;

// A bulk action over thousands of devices without freezing the window: BulkDeviceActionService does
// the devices a slice at a time (about 30 ms of work), then returns to the event loop until the
// next slice, reporting progress; cancel() stops before the next device. The database connection
// belongs to this thread, so the work stays on it, in slices, rather than on another thread.
class BulkDeviceActionJob : public QObject
{
    Q_OBJECT
public:
    BulkDeviceActionJob(Database &db, const AdminSession &session, const BulkActionRequest &request, const QList<qint64> &deviceIds,
                        QObject *parent = nullptr);

    void start(); // validates the request, then runs; finished() always comes, from the event loop
    void cancel();
    int total() const { return int(m_ids.size()); }
    QList<BulkActionOutcome> outcomes() const { return m_outcomes; }

signals:
    void progress(int done, int total);
    void finished(bool canceled);

private:
    void step();

    Database &m_db;
    AdminSession m_session;
    BulkActionRequest m_request;
    QList<qint64> m_ids;
    QList<BulkActionOutcome> m_outcomes;
    bool m_canceled = false;
    bool m_done = false;
};
