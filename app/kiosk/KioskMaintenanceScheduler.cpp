#include "kiosk/KioskMaintenanceScheduler.h"

#include "kiosk/KioskMaintenanceService.h"

#include <QDateTime>

KioskMaintenanceScheduler::KioskMaintenanceScheduler(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(QDateTime::currentSecsSinceEpoch()); });
}

void KioskMaintenanceScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
    tick(QDateTime::currentSecsSinceEpoch());
}

void KioskMaintenanceScheduler::stop() { m_timer.stop(); }

int KioskMaintenanceScheduler::tick(qint64 now)
{
    KioskMaintenanceService service(m_db);
    service.setClock([now] { return now; });
    QStringList problems;
    const int count = service.resumeDue(&problems);
    for (const QString &p : problems)
        emit problem(p);
    if (count > 0)
        emit resumed(count);
    return count;
}
