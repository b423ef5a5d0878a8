#include "android/AdbJob.h"

#include <QCoreApplication>
#include <QTimer>

AdbJob::AdbJob(int timeoutMs, QObject *parent) : QObject(parent), m_timeoutMs(timeoutMs), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // A plain variable as the plural count: lupdate 6.4 hangs on an expression there.
        const int seconds = qMax(1, m_timeoutMs / 1000);
        fail(QCoreApplication::translate("AdbJob", "No answer from the device within %n second(s).", nullptr, seconds));
    });
}

void AdbJob::armTimeout()
{
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
}

void AdbJob::succeed(const QByteArray &output)
{
    if (m_finished)
        return;
    m_ok = true;
    m_output = output;
    end();
}

void AdbJob::fail(const QString &message, bool serverUnreachable)
{
    if (m_finished)
        return;
    m_ok = false;
    m_error = message;
    m_serverUnreachable = serverUnreachable;
    end();
}

void AdbJob::end()
{
    m_finished = true;
    m_timer->stop();
    abortWork();
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}
