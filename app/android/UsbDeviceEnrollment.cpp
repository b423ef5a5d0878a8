#include "android/UsbDeviceEnrollment.h"

#include "android/AdbClient.h"
#include "android/AdbHostQueryJob.h"
#include "android/AdbInstallJob.h"
#include "android/AdbServiceJob.h"
#include "android/AgentProtocol.h"
#include "android/AndroidAgentRepository.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "android/UsbEnrollmentRepository.h"
#include "audit/AuditLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

UsbDeviceEnrollment::UsbDeviceEnrollment(Database &db, AdbClient &adb, const UsbEnrollmentSettings &settings,
                                         const UsbEnrollmentJob &job, QObject *parent)
    : QObject(parent), m_db(db), m_adb(adb), m_settings(settings), m_job(job), m_poll(new QTimer(this))
{
    m_poll->setInterval(settings.checkInPollMs);
    connect(m_poll, &QTimer::timeout, this, &UsbDeviceEnrollment::poll);
}

void UsbDeviceEnrollment::start()
{
    ++m_job.attempts;
    // A device that already got its token resumes waiting: the agent holds that token.
    if (m_job.state == UsbEnrollmentJob::State::Waiting && m_job.enrollmentId > 0) {
        step(UsbEnrollmentJob::State::Waiting, 90, tr("Waiting for the agent's first check-in"));
        waitForCheckIn();
        return;
    }
    if (m_job.enrollmentId > 0) // a token from an interrupted attempt that may never have reached the device
        AndroidEnrollmentTokenRepository(m_db).revoke(m_job.enrollmentId);
    m_job.enrollmentId = 0;
    m_job.reason.clear();
    checkPreconditions();
}

void UsbDeviceEnrollment::watch(AdbJob *job) { m_current = job; }

void UsbDeviceEnrollment::step(UsbEnrollmentJob::State state, int progress, const QString &note)
{
    m_job.state = state;
    m_job.progress = progress;
    if (!note.isNull())
        m_job.reason = note;
    m_job.updatedAt = QDateTime::currentSecsSinceEpoch();
    UsbEnrollmentRepository(m_db).update(m_job);
    emit changed(m_job);
}

void UsbDeviceEnrollment::failWith(const QString &reason)
{
    if (m_job.isFinished())
        return;
    m_poll->stop();
    if (m_current)
        m_current->disconnect(this);
    if (m_job.enrollmentId > 0 && m_job.state != UsbEnrollmentJob::State::Waiting)
        AndroidEnrollmentTokenRepository(m_db).revoke(m_job.enrollmentId);
    const int progress = m_job.progress;
    step(UsbEnrollmentJob::State::Failed, progress, reason);
    AuditLog(m_db).record(m_settings.actor, QStringLiteral("usb.enroll"), QStringLiteral("failure"),
                          QStringLiteral("batch=%1 serial=%2 reason=%3").arg(m_job.batchId, m_job.serial, reason),
                          m_job.deviceId > 0 ? std::optional<qint64>(m_job.deviceId) : std::nullopt);
    emit finished(m_job);
}

void UsbDeviceEnrollment::abort(const QString &reason) { failWith(reason); }

void UsbDeviceEnrollment::succeed()
{
    m_poll->stop();
    step(UsbEnrollmentJob::State::Enrolled, 100, tr("Enrolled"));
    AuditLog(m_db).record(m_settings.actor, QStringLiteral("usb.enroll"), QStringLiteral("success"),
                          QStringLiteral("batch=%1 serial=%2 ownership=%3 apk_sha256=%4")
                              .arg(m_job.batchId, m_job.serial, DeviceTypes::toDb(m_job.ownership), m_job.apkSha256),
                          m_job.deviceId);
    emit finished(m_job);
}

void UsbDeviceEnrollment::checkPreconditions()
{
    step(UsbEnrollmentJob::State::Checking, 2, tr("Reading the device's properties"));
    AdbHostQueryJob *features = m_adb.deviceFeatures(m_job.serial);
    watch(features);
    connect(features, &AdbJob::finished, this, [this, features] {
        if (!features->ok()) {
            failWith(features->errorString().contains(QLatin1String("unauthorized"))
                         ? tr("The device has not authorized this computer: accept the RSA prompt on the tablet's screen, then retry.")
                         : features->errorString());
            return;
        }
        const bool streamed = QString::fromUtf8(features->output()).split(QLatin1Char(',')).contains(QLatin1String("cmd"));
        AdbServiceJob *props = m_adb.getprop(m_job.serial, {QStringLiteral("ro.serialno"), QStringLiteral("ro.product.model"),
                                                            QStringLiteral("ro.build.version.release")});
        watch(props);
        connect(props, &AdbJob::finished, this, [this, props, streamed] {
            if (!props->ok()) {
                failWith(props->errorString().contains(QLatin1String("unauthorized"))
                             ? tr("The device has not authorized this computer: accept the RSA prompt on the tablet's screen, then retry.")
                             : props->errorString());
                return;
            }
            const QStringList values = AdbClient::propValues(props->text(), 3);
            if (!values.at(1).isEmpty())
                m_job.model = values.at(1);
            step(UsbEnrollmentJob::State::Checking, 5, tr("Android %1").arg(values.at(2)));
            if (m_settings.deviceOwner())
                checkAccounts(streamed);
            else
                install(streamed);
        });
    });
}

void UsbDeviceEnrollment::checkAccounts(bool streamed)
{
    AdbServiceJob *accounts = m_adb.shell(m_job.serial, QStringLiteral("dumpsys account"));
    watch(accounts);
    connect(accounts, &AdbJob::finished, this, [this, accounts, streamed] {
        if (!accounts->ok()) {
            failWith(accounts->errorString());
            return;
        }
        static const QRegularExpression countRe(QStringLiteral("Accounts:\\s*(\\d+)"));
        const QRegularExpressionMatch m = countRe.match(accounts->text());
        const int count = m.hasMatch() ? m.captured(1).toInt() : -1;
        if (count != 0) {
            failWith(count > 0 ? tr("%n account(s) are signed in on the device. A device owner can only be set on a "
                                    "factory-fresh device: remove the accounts (or factory-reset) and retry.", nullptr, count)
                               : tr("The device's accounts could not be read (dumpsys account)."));
            return;
        }
        step(UsbEnrollmentJob::State::Checking, 8, tr("No accounts on the device"));
        install(streamed);
    });
}

void UsbDeviceEnrollment::install(bool streamed)
{
    step(UsbEnrollmentJob::State::Installing, 10, tr("Installing %1 (SHA-256 %2)").arg(m_job.apkPath, m_job.apkSha256));
    AdbInstallJob *job = m_adb.install(m_job.serial, m_job.apkPath, streamed);
    watch(job);
    connect(job, &AdbJob::progress, this, [this](qint64 done, qint64 total) {
        const int p = 10 + int(total > 0 ? 55 * done / total : 0);
        if (p != m_job.progress) {
            m_job.progress = p;
            emit changed(m_job); // progress only: not worth a database write per chunk
        }
    });
    connect(job, &AdbJob::finished, this, [this, job] {
        if (!job->ok()) {
            failWith(tr("Installing the agent failed: %1").arg(job->errorString()));
            return;
        }
        if (m_settings.deviceOwner())
            setOwner();
        else
            handOver();
    });
}

void UsbDeviceEnrollment::setOwner()
{
    step(UsbEnrollmentJob::State::Owner, 70, tr("Making the agent device owner"));
    AdbServiceJob *dpm = m_adb.shell(m_job.serial, QStringLiteral("dpm set-device-owner %1").arg(m_settings.adminComponent()));
    watch(dpm);
    connect(dpm, &AdbJob::finished, this, [this, dpm] {
        if (!dpm->ok()) {
            failWith(dpm->errorString());
            return;
        }
        // A resumed device may already have our agent as owner from the interrupted attempt.
        const bool alreadyOurs = dpm->text().contains(QLatin1String("already set"))
                                 && dpm->text().contains(m_settings.agentPackage);
        if (!dpm->text().contains(QLatin1String("Success")) && !alreadyOurs) {
            failWith(tr("The device refused to make the agent device owner: %1").arg(dpm->text().section(QLatin1Char('\n'), 0, 0)));
            return;
        }
        handOver();
    });
}

void UsbDeviceEnrollment::handOver()
{
    AndroidEnrollmentToken token;
    token.method = QStringLiteral("usb");
    token.ownership = m_job.ownership;
    token.department = m_job.department;
    token.policyId = m_job.policyId;
    token.createdAt = QDateTime::currentSecsSinceEpoch();
    token.expiresAt = token.createdAt + AndroidEnrollmentTokenRepository::DefaultLifetimeSeconds;
    QString clear;
    if (Status s = AndroidEnrollmentTokenRepository(m_db).create(token, m_settings.actor.name, &clear); !s) {
        failWith(tr("No enrollment token could be made: %1").arg(s.message()));
        return;
    }
    m_job.enrollmentId = token.id;
    step(UsbEnrollmentJob::State::Handover, 80, tr("Handing the console address and token to the agent"));
    const QString mode = m_settings.deviceOwner() ? QStringLiteral("device_owner") : QStringLiteral("work_profile");
    // Values are single-quoted for the device shell; none of them can contain a quote (URL, hex, base64url).
    const QString command = QStringLiteral("am broadcast -a %1 -n %2/%3 --es %4 '%5' --es %6 '%7' --es %8 '%9' --es %10 '%11'")
                                .arg(QLatin1String(AgentProtocol::HandoverAction), m_settings.agentPackage, m_settings.enrollReceiver,
                                     QLatin1String(AgentProtocol::ExtraConsoleUrl), QString(m_settings.consoleUrl).remove(QLatin1Char('\'')),
                                     QLatin1String(AgentProtocol::ExtraCaSha256), m_settings.caSha256,
                                     QLatin1String(AgentProtocol::ExtraEnrollToken), clear)
                                .arg(QLatin1String(AgentProtocol::ExtraManagementMode), mode);
    AdbServiceJob *am = m_adb.shell(m_job.serial, command);
    watch(am);
    connect(am, &AdbJob::finished, this, [this, am] {
        if (!am->ok()) {
            failWith(am->errorString());
            return;
        }
        if (!am->text().contains(QLatin1String("Broadcast completed"))) {
            failWith(tr("The agent did not take the hand-over: %1").arg(am->text().section(QLatin1Char('\n'), -1)));
            return;
        }
        step(UsbEnrollmentJob::State::Waiting, 90, tr("Waiting for the agent's first check-in"));
        waitForCheckIn();
    });
}

void UsbDeviceEnrollment::waitForCheckIn()
{
    m_waitStarted = QDateTime::currentMSecsSinceEpoch();
    poll();
    if (!m_job.isFinished())
        m_poll->start();
}

void UsbDeviceEnrollment::poll()
{
    const std::optional<AndroidAgent> agent = AndroidAgentRepository(m_db).findByEnrollment(m_job.enrollmentId);
    if (agent && agent->lastCheckInAt > 0) {
        m_job.deviceId = agent->deviceId;
        succeed();
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_waitStarted > m_settings.checkInTimeoutMs)
        failWith(tr("The agent did not check in within %n minute(s): can the tablet reach %1 on the network?", nullptr,
                    qMax(1, m_settings.checkInTimeoutMs / 60000))
                     .arg(m_settings.consoleUrl));
}
