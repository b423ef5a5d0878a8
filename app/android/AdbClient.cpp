#include "android/AdbClient.h"

#include "android/AdbHostQueryJob.h"
#include "android/AdbInstallJob.h"
#include "android/AdbProtocol.h"
#include "android/AdbServerStarter.h"
#include "android/AdbServerStopper.h"
#include "android/AdbServiceJob.h"
#include "android/AdbSyncPushJob.h"

AdbClient::AdbClient(QObject *parent) : AdbClient(AdbProtocol::serverPort(), parent) {}

AdbClient::AdbClient(quint16 port, QObject *parent)
    : QObject(parent), m_port(port),
      m_program(qEnvironmentVariableIsSet("CLINICMDM_ADB") ? qEnvironmentVariable("CLINICMDM_ADB") : QStringLiteral("adb"))
{
}

AdbClient::~AdbClient()
{
    if (!m_stopStartedServer)
        return;
    // A start-server still under way when the console exits would leave its server behind.
    for (AdbServerStarter *starter : findChildren<AdbServerStarter *>(Qt::FindDirectChildrenOnly))
        m_startedServer = starter->finishStartingServer(10000) || m_startedServer;
    if (m_startedServer)
        AdbServerStopper::stop(m_port);
}

template <typename Job> Job *AdbClient::launch(Job *job)
{
    QMetaObject::invokeMethod(job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

AdbServerStarter *AdbClient::ensureServer()
{
    const bool mayStart = !m_startAttempted;
    m_startAttempted = true;
    auto *starter = new AdbServerStarter(m_port, m_program, mayStart, this);
    connect(starter, &AdbJob::finished, this, [this, starter] { m_startedServer = m_startedServer || starter->startedServer(); });
    return launch(starter);
}

AdbHostQueryJob *AdbClient::version() { return launch(new AdbHostQueryJob(m_port, "host:version", 10000, this)); }
AdbHostQueryJob *AdbClient::devices() { return launch(new AdbHostQueryJob(m_port, "host:devices-l", 10000, this)); }
AdbHostQueryJob *AdbClient::hostFeatures() { return launch(new AdbHostQueryJob(m_port, "host:host-features", 10000, this)); }

AdbHostQueryJob *AdbClient::deviceFeatures(const QString &serial)
{
    return launch(new AdbHostQueryJob(m_port, "host-serial:" + serial.toUtf8() + ":features", 10000, this));
}

AdbServiceJob *AdbClient::shell(const QString &serial, const QString &command, int timeoutMs)
{
    return launch(new AdbServiceJob(m_port, serial, AdbServiceJob::shellService(command), timeoutMs, this));
}

AdbServiceJob *AdbClient::exec(const QString &serial, const QString &command, int timeoutMs)
{
    return launch(new AdbServiceJob(m_port, serial, "exec:" + command.toUtf8(), timeoutMs, this));
}

AdbServiceJob *AdbClient::getprop(const QString &serial, const QStringList &names)
{
    QStringList parts;
    for (const QString &n : names)
        parts << QStringLiteral("getprop %1").arg(n);
    return shell(serial, parts.join(QLatin1String("; ")));
}

QStringList AdbClient::propValues(const QString &text, int count)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    while (lines.size() < count)
        lines << QString();
    return lines.mid(0, count);
}

AdbSyncPushJob *AdbClient::push(const QString &serial, const QString &localPath, const QString &remotePath, int mode)
{
    return launch(new AdbSyncPushJob(m_port, serial, localPath, remotePath, mode, 300000, this));
}

AdbInstallJob *AdbClient::install(const QString &serial, const QString &apkPath, bool streamed, int timeoutMs)
{
    return launch(new AdbInstallJob(m_port, serial, apkPath, streamed, timeoutMs, this));
}
