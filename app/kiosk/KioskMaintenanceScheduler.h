#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Puts kiosks back in kiosk mode when their maintenance window ends: a timer calls tick(now), which
// asks KioskMaintenanceService::resumeDue. Windows live in the database, so a console (or `serve`)
// started after a window ended catches up on its first tick, which start() runs at once.
class KioskMaintenanceScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 30 * 1000;

    explicit KioskMaintenanceScheduler(Database &db, QObject *parent = nullptr);

    void start(int intervalMs = DefaultIntervalMs);
    void stop();
    bool isActive() const { return m_timer.isActive(); }

public slots:
    // Resumes every kiosk whose window ended by `now` (epoch seconds); returns how many.
    int tick(qint64 now);

signals:
    void resumed(int count);
    void problem(const QString &message);

private:
    Database &m_db;
    QTimer m_timer;
};
