#include "android/AdbServiceJob.h"

#include "android/AdbProtocol.h"

#include <QIODevice>
#include <QRegularExpression>

namespace {
const QByteArray kExitMarker("__EXIT:");
}

AdbServiceJob::AdbServiceJob(quint16 port, const QString &serial, const QByteArray &service, int timeoutMs, QObject *parent)
    : AdbSocketJob(port, serial, timeoutMs, parent), m_service(service)
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { writeMore(); });
}

QByteArray AdbServiceJob::shellService(const QString &command)
{
    return "shell:" + command.toUtf8() + "; echo " + kExitMarker + "$?";
}

void AdbServiceJob::setInput(QIODevice *input, qint64 size)
{
    m_input = input;
    m_input->setParent(this);
    m_inputSize = size;
}

QString AdbServiceJob::text() const
{
    QByteArray out = output();
    const int marker = out.lastIndexOf(kExitMarker);
    if (marker >= 0)
        out.truncate(marker);
    return QString::fromUtf8(out).trimmed();
}

void AdbServiceJob::onReady() { send(AdbProtocol::request(m_service)); }

void AdbServiceJob::writeMore()
{
    if (!m_okay || !m_input || m_written >= m_inputSize || isFinished())
        return;
    // Keep at most two chunks queued: memory stays flat for a large APK and progress is real.
    while (m_written < m_inputSize && m_socket->bytesToWrite() < 2 * AdbProtocol::SyncChunkBytes) {
        const QByteArray chunk = m_input->read(qMin<qint64>(AdbProtocol::SyncChunkBytes, m_inputSize - m_written));
        if (chunk.isEmpty()) {
            fail(tr("Reading the file to send failed: %1").arg(m_input->errorString()));
            return;
        }
        m_socket->write(chunk);
        m_written += chunk.size();
        emit progress(m_written, m_inputSize);
    }
}

void AdbServiceJob::onData()
{
    if (!m_okay) {
        const int s = takeStatus();
        if (s <= 0)
            return;
        m_okay = true;
        writeMore();
    }
    m_stream += m_buffer;
    m_buffer.clear();
}

void AdbServiceJob::onClosed()
{
    if (!m_okay) {
        AdbSocketJob::onClosed();
        return;
    }
    // A streamed upload always gets an answer (Success / Failure [...]); silence means the cable went.
    if (m_input && m_stream.trimmed().isEmpty()) {
        fail(deviceLostMessage());
        return;
    }
    static const QRegularExpression exitRe(QStringLiteral("__EXIT:(\\d+)\\s*$"));
    const QRegularExpressionMatch m = exitRe.match(QString::fromUtf8(m_stream));
    if (m.hasMatch())
        m_exitCode = m.captured(1).toInt();
    else if (m_service.startsWith("shell:") && m_service.contains(kExitMarker)) {
        // The shell never printed its exit status: the device went away mid-command.
        fail(deviceLostMessage());
        return;
    }
    succeed(m_stream);
}
