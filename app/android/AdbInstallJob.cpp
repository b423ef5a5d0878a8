#include "android/AdbInstallJob.h"

#include "android/AdbServiceJob.h"
#include "android/AdbSyncPushJob.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

AdbInstallJob::AdbInstallJob(quint16 port, const QString &serial, const QString &apkPath, bool streamed, int timeoutMs,
                             QObject *parent)
    : AdbJob(timeoutMs, parent), m_port(port), m_serial(serial), m_apk(apkPath), m_streamed(streamed)
{
}

bool AdbInstallJob::installSucceeded(const QByteArray &output)
{
    return output.contains("Success") && !output.contains("Failure");
}

void AdbInstallJob::adopt(AdbJob *child)
{
    connect(child, &AdbJob::progress, this, &AdbJob::progress);
    // The whole install keeps its own timeout; a child finishing late is cut off by it.
    connect(this, &AdbJob::finished, child, [child] { child->deleteLater(); });
    child->setAutoDelete(false);
}

void AdbInstallJob::start()
{
    armTimeout();
    const QFileInfo info(m_apk);
    if (!info.isFile() || !info.isReadable()) {
        fail(tr("The APK %1 cannot be read.").arg(m_apk));
        return;
    }
    m_size = info.size();
    if (m_streamed)
        startStreamed();
    else
        startPushThenInstall();
}

void AdbInstallJob::startStreamed()
{
    auto *file = new QFile(m_apk);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        fail(tr("The APK %1 cannot be read.").arg(m_apk));
        return;
    }
    auto *job = new AdbServiceJob(m_port, m_serial, "exec:cmd package install -S " + QByteArray::number(m_size), 0, this);
    job->setInput(file, m_size);
    adopt(job);
    connect(job, &AdbJob::finished, this, [this, job] {
        if (isFinished())
            return;
        if (job->ok() && installSucceeded(job->output())) {
            succeed(job->output());
        } else if (job->ok() && (job->output().contains("Can't find service") || job->output().contains("Unknown command"))) {
            startPushThenInstall(); // an old Android without the package service over cmd
        } else {
            fail(job->ok() ? tr("The device refused the APK: %1").arg(QString::fromUtf8(job->output()).trimmed())
                           : job->errorString());
        }
    });
    job->start();
}

void AdbInstallJob::startPushThenInstall()
{
    m_usedFallback = true;
    m_remote = QStringLiteral("/data/local/tmp/clinicmdm-%1.apk").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    auto *push = new AdbSyncPushJob(m_port, m_serial, m_apk, m_remote, 0644, 0, this);
    adopt(push);
    connect(push, &AdbJob::finished, this, [this, push] {
        if (isFinished())
            return;
        if (!push->ok()) {
            fail(push->errorString());
            return;
        }
        installPushed();
    });
    push->start();
}

void AdbInstallJob::installPushed()
{
    auto *pm = new AdbServiceJob(m_port, m_serial,
                                 AdbServiceJob::shellService(QStringLiteral("pm install -r %1; rm -f %1").arg(m_remote)), 0, this);
    adopt(pm);
    connect(pm, &AdbJob::finished, this, [this, pm] {
        if (isFinished())
            return;
        if (pm->ok() && installSucceeded(pm->output()))
            succeed(pm->output());
        else
            fail(pm->ok() ? tr("The device refused the APK: %1").arg(pm->text()) : pm->errorString());
    });
    pm->start();
}
