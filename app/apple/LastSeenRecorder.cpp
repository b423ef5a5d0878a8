#include "apple/LastSeenRecorder.h"

#include "apple/AppleDeviceRepository.h"
#include "db/WriteTransaction.h"

void LastSeenRecorder::record(qint64 deviceId, qint64 nowSeconds, Database &db)
{
    bool due = false;
    {
        QMutexLocker lock(&m_mutex);
        qint64 &slot = m_pending[deviceId];
        slot = std::max(slot, nowSeconds);
        due = m_sinceFlush.elapsed() >= FlushIntervalMsec;
    }
    if (due)
        flush(db);
}

bool LastSeenRecorder::flush(Database &db)
{
    bool expected = false;
    if (!m_flushing.compare_exchange_strong(expected, true))
        return true; // another thread is writing right now
    QHash<qint64, qint64> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_sinceFlush.restart();
    }
    bool ok = true;
    if (!batch.isEmpty()) {
        WriteTransaction tx(db);
        ok = tx.isActive() && AppleDeviceRepository(db).touchLastSeen(batch).ok() && tx.commit().ok();
        if (!ok) {
            QMutexLocker lock(&m_mutex);
            for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
                qint64 &slot = m_pending[it.key()];
                slot = std::max(slot, it.value());
            }
        }
    }
    m_flushing = false;
    return ok;
}

int LastSeenRecorder::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}
