#include "android/AdbServerStarter.h"

#include "android/AdbHostQueryJob.h"

#include <QCoreApplication>
#include <QProcess>

AdbServerStarter::AdbServerStarter(quint16 port, const QString &adbProgram, bool mayStartServer, QObject *parent)
    : AdbJob(60000, parent), m_port(port), m_program(adbProgram), m_mayStart(mayStartServer)
{
}

QString AdbServerStarter::missingAdbMessage()
{
    return QCoreApplication::translate("AdbServerStarter",
                                       "The adb program is not installed, so USB devices cannot be reached. Install the "
                                       "Debian package \"adb\" (sudo apt install adb) and try again.");
}

void AdbServerStarter::start()
{
    armTimeout();
    askVersion(false);
}

void AdbServerStarter::askVersion(bool afterStart)
{
    auto *job = new AdbHostQueryJob(m_port, "host:version", 10000, this);
    connect(job, &AdbJob::finished, this, [this, job, afterStart] {
        if (job->ok())
            succeed(job->output());
        else if (job->serverUnreachable() && !afterStart && m_mayStart)
            startServer();
        else
            fail(job->errorString(), job->serverUnreachable());
    });
    job->start();
}

bool AdbServerStarter::finishStartingServer(int timeoutMs)
{
    if (!m_process)
        return m_started;
    if (m_process->state() != QProcess::NotRunning)
        m_process->waitForFinished(timeoutMs);
    // Finished, perhaps before its finished() signal was delivered.
    m_started = m_started
                || (m_process->state() == QProcess::NotRunning && m_process->error() == QProcess::UnknownError
                    && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0);
    return m_started;
}

void AdbServerStarter::startServer()
{
    m_process = new QProcess(this);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(missingAdbMessage(), true);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || code != 0) {
            fail(QCoreApplication::translate("AdbServerStarter", "`adb start-server` failed: %1")
                     .arg(QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed()),
                 true);
            return;
        }
        m_started = true;
        askVersion(true);
    });
    m_process->start(m_program, {QStringLiteral("-P"), QString::number(m_port), QStringLiteral("start-server")});
}
