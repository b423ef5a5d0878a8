#include "android/AdbSyncPushJob.h"

#include "android/AdbProtocol.h"

#include <QDateTime>
#include <QFile>
#include <QtEndian>

AdbSyncPushJob::AdbSyncPushJob(quint16 port, const QString &serial, const QString &localPath, const QString &remotePath,
                               int mode, int timeoutMs, QObject *parent)
    : AdbSocketJob(port, serial, timeoutMs, parent), m_file(new QFile(localPath, this)), m_remote(remotePath), m_mode(mode)
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { writeMore(); });
}

void AdbSyncPushJob::onReady()
{
    if (!m_file->open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read %1: %2").arg(m_file->fileName(), m_file->errorString()));
        return;
    }
    m_size = m_file->size();
    send(AdbProtocol::request("sync:"));
}

void AdbSyncPushJob::writeMore()
{
    if (!m_syncOkay || m_done || isFinished())
        return;
    while (m_written < m_size && m_socket->bytesToWrite() < 2 * AdbProtocol::SyncChunkBytes) {
        const QByteArray chunk = m_file->read(qMin<qint64>(AdbProtocol::SyncChunkBytes, m_size - m_written));
        if (chunk.isEmpty()) {
            fail(tr("Reading %1 failed: %2").arg(m_file->fileName(), m_file->errorString()));
            return;
        }
        send(AdbProtocol::syncPacket("DATA", quint32(chunk.size()), chunk));
        m_written += chunk.size();
        emit progress(m_written, m_size);
    }
    if (m_written >= m_size) {
        m_done = true;
        send(AdbProtocol::syncPacket("DONE", quint32(QDateTime::currentSecsSinceEpoch())));
    }
}

void AdbSyncPushJob::onData()
{
    if (!m_syncOkay) {
        const int s = takeStatus();
        if (s <= 0)
            return;
        m_syncOkay = true;
        const QByteArray target = m_remote.toUtf8() + ',' + QByteArray::number(m_mode);
        send(AdbProtocol::syncPacket("SEND", quint32(target.size()), target));
        writeMore();
        return;
    }
    // The device answers once, after DONE: OKAY + 0, or FAIL + length + reason.
    if (m_buffer.size() < 8)
        return;
    const QByteArray id = m_buffer.left(4);
    const quint32 n = qFromLittleEndian<quint32>(m_buffer.constData() + 4);
    if (id == "OKAY") {
        send(AdbProtocol::syncPacket("QUIT", 0));
        succeed({});
    } else if (id == "FAIL") {
        if (quint32(m_buffer.size()) < 8 + n)
            return;
        fail(tr("The device refused the file: %1").arg(QString::fromUtf8(m_buffer.mid(8, int(n)))));
    } else {
        fail(tr("The device answered the file transfer with something unexpected."));
    }
}

void AdbSyncPushJob::onClosed()
{
    fail(deviceLostMessage());
}
