#include "endpoint/DeviceSeenRecorder.h"

#include "fleet/DeviceLastSeenRepository.h"

#include <QDebug>

void DeviceSeenRecorder::note(qint64 deviceId, qint64 epochSeconds)
{
    qint64 &seen = m_pending[deviceId];
    seen = qMax(seen, epochSeconds);
}

void DeviceSeenRecorder::flush()
{
    if (m_pending.isEmpty())
        return;
    if (Status s = DeviceLastSeenRepository(m_db).touchAll(m_pending); !s) {
        // Kept for the next flush (the database may be busy with a long write).
        qWarning("endpoint: could not record last_seen of %d devices: %s", int(m_pending.size()), qPrintable(s.message()));
        return;
    }
    m_pending.clear();
}
