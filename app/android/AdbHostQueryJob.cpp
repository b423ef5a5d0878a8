#include "android/AdbHostQueryJob.h"

#include "android/AdbProtocol.h"

AdbHostQueryJob::AdbHostQueryJob(quint16 port, const QByteArray &request, int timeoutMs, QObject *parent)
    : AdbSocketJob(port, QString(), timeoutMs, parent), m_request(request)
{
}

void AdbHostQueryJob::onReady() { send(AdbProtocol::request(m_request)); }

void AdbHostQueryJob::onData()
{
    if (!m_okay) {
        const int s = takeStatus();
        if (s <= 0)
            return;
        m_okay = true;
    }
    QByteArray block;
    if (takeLengthPrefixed(&block))
        succeed(block);
}
