#include "endpoint/EndpointHandshakeQueue.h"

void EndpointHandshakeQueue::add(quint64 connectionId, int workerIndex)
{
    QMutexLocker lock(&m_mutex);
    m_workerById.emplace(connectionId, workerIndex);
}

void EndpointHandshakeQueue::remove(quint64 connectionId)
{
    QMutexLocker lock(&m_mutex);
    m_workerById.erase(connectionId);
}

bool EndpointHandshakeQueue::takeOldest(quint64 &connectionId, int &workerIndex)
{
    QMutexLocker lock(&m_mutex);
    if (m_workerById.empty())
        return false;
    const auto oldest = m_workerById.begin();
    connectionId = oldest->first;
    workerIndex = oldest->second;
    m_workerById.erase(oldest);
    return true;
}

qsizetype EndpointHandshakeQueue::size() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_workerById.size());
}
