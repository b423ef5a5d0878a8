#include "shared/ResetScheduler.h"

#include "audit/AuditLog.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "shared/ResetScheduleRepository.h"
#include "shared/ResetScheduleTiming.h"
#include "shared/SessionTimeoutSweep.h"
#include "shared/SharedSessionService.h"

#include <QCoreApplication>

ResetScheduler::ResetScheduler(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(QDateTime::currentDateTime()); });
}

void ResetScheduler::start()
{
    m_timer.start();
    // A round at once: a schedule missed while the console was off catches up now.
    QTimer::singleShot(0, this, [this] { tick(QDateTime::currentDateTime()); });
}

void ResetScheduler::stop() { m_timer.stop(); }

ResetScheduler::Round ResetScheduler::tick(const QDateTime &now)
{
    Round round;
    const qint64 nowSecs = now.toSecsSinceEpoch();
    ResetScheduleRepository schedules(m_db);
    DeviceRepository devices(m_db);
    SharedSessionService sessions(m_db);
    sessions.setClock([nowSecs] { return nowSecs; });
    for (const ResetSchedule &s : schedules.list()) {
        if (!ResetScheduleTiming::isDue(s, now))
            continue;
        const QList<qint64> targets = s.deviceId > 0 ? QList<qint64>{s.deviceId} : DeviceGroupRepository(m_db).members(s.groupId);
        int reset = 0, failed = 0;
        for (const qint64 id : targets) {
            const std::optional<Device> d = devices.findById(id);
            // A group may hold other devices too; only its shared tablets have patients to clear.
            if (!d || d->ownership != Ownership::Shared || d->state == EnrollmentState::Wiped || d->state == EnrollmentState::Unenrolled)
                continue;
            SharedSessionService::ResetOutcome outcome;
            const Status st = sessions.runScheduledReset(s.id, id, outcome);
            if (st) {
                ++reset;
                continue;
            }
            ++failed;
            emit problem(QCoreApplication::translate("ResetScheduler", "Scheduled reset of %1 failed: %2").arg(d->name, st.message()));
        }
        // Recorded even when a device failed: the next try is the next slot, not every minute.
        if (!schedules.markRun(s.id, nowSecs))
            emit problem(QCoreApplication::translate("ResetScheduler", "Cannot record the run of reset schedule %1.").arg(s.id));
        AuditLog(m_db).record(Actor::system(), QStringLiteral("reset_schedule.run"), failed ? QStringLiteral("failure") : QStringLiteral("success"),
                              QStringLiteral("schedule=%1 slot=%2 devices_reset=%3 failed=%4")
                                  .arg(s.id)
                                  .arg(ResetScheduleTiming::latestSlot(s, now).toUTC().toString(Qt::ISODate))
                                  .arg(reset)
                                  .arg(failed),
                              s.deviceId > 0 ? std::optional<qint64>(s.deviceId) : std::nullopt);
        ++round.schedulesRun;
        round.devicesReset += reset;
        round.devicesFailed += failed;
    }
    round.sessionsTimedOut = qMax(0, SessionTimeoutSweep(m_db).sweep(nowSecs));
    emit roundDone(round.schedulesRun, round.devicesReset, round.sessionsTimedOut);
    return round;
}
