#include "secrets/SecretJob.h"

#include <QCoreApplication>
#include <QTimer>

SecretJob::SecretJob(Kind kind, const QString &name, QObject *parent) : QObject(parent), m_kind(kind), m_name(name) {}

SecretJob::~SecretJob()
{
    // Secrets are overwritten rather than left behind in freed memory.
    m_data.fill('\0');
}

void SecretJob::startTimeout(int msec, const QString &hint)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
    }
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, [this, hint, msec] {
        finish(Status::failure(ErrorCode::Failure,
                               QCoreApplication::translate("SecretStore", "The secret store did not answer within %1 s. %2")
                                   .arg(msec / 1000)
                                   .arg(hint)));
    });
    m_timer->start(msec);
}

void SecretJob::finish(const Status &status, const QByteArray &data)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    m_status = status;
    m_data = status.ok() ? data : QByteArray();
    // Delivered from the event loop, so a job that a backend finishes at once still reaches the
    // receivers that are connected right after the job was handed out.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished(this);
            deleteLater();
        },
        Qt::QueuedConnection);
}
