#include "commands/BulkDeviceActionJob.h"

#include "commands/BulkDeviceActionService.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
constexpr qint64 kSliceMs = 30; // short enough that the window repaints and takes clicks between slices
}

BulkDeviceActionJob::BulkDeviceActionJob(Database &db, const AdminSession &session, const BulkActionRequest &request,
                                         const QList<qint64> &deviceIds, QObject *parent)
    : QObject(parent), m_db(db), m_session(session), m_request(request), m_ids(deviceIds)
{
}

void BulkDeviceActionJob::start()
{
    if (Status s = BulkDeviceActionService(m_db).validate(m_session, m_request); !s) {
        for (qint64 id : m_ids)
            m_outcomes << BulkActionOutcome{id, QString::number(id), s, false};
    }
    m_outcomes.reserve(m_ids.size());
    QTimer::singleShot(0, this, &BulkDeviceActionJob::step);
}

void BulkDeviceActionJob::cancel() { m_canceled = true; }

void BulkDeviceActionJob::step()
{
    if (m_done)
        return;
    BulkDeviceActionService service(m_db);
    QElapsedTimer slice;
    slice.start();
    const bool alone = m_ids.size() == 1;
    while (!m_canceled && m_outcomes.size() < m_ids.size() && slice.elapsed() < kSliceMs)
        m_outcomes << service.runOne(m_session, m_request, m_ids.at(m_outcomes.size()), alone);
    emit progress(int(m_outcomes.size()), int(m_ids.size()));
    if (m_canceled || m_outcomes.size() >= m_ids.size()) {
        m_done = true;
        // The devices not reached are listed too: nothing was done to them, and nothing audited.
        const Status notDone = Status::failure(ErrorCode::Failure, QCoreApplication::translate("BulkDeviceActionJob", "Canceled: nothing done."));
        for (qsizetype i = m_outcomes.size(); i < m_ids.size(); ++i)
            m_outcomes << BulkActionOutcome{m_ids.at(i), QString::number(m_ids.at(i)), notDone, true};
        emit finished(m_canceled);
        return;
    }
    QTimer::singleShot(0, this, &BulkDeviceActionJob::step);
}
