#include "android/UsbEnrollmentEngine.h"

#include "android/AgentProtocol.h"
#include "android/UsbDeviceEnrollment.h"
#include "android/UsbEnrollmentRepository.h"
#include "audit/AuditLog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

UsbEnrollmentEngine::UsbEnrollmentEngine(Database &db, AdbClient &adb, QObject *parent)
    : QObject(parent), m_db(db), m_adb(adb)
{
}

Status UsbEnrollmentEngine::sha256OfFile(const QString &path, QString *hex)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::NotFound, tr("The agent APK %1 cannot be read: %2").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Status::failure(ErrorCode::Failure, tr("The agent APK %1 cannot be read.").arg(path));
    *hex = QString::fromLatin1(h.result().toHex());
    return Status::success();
}

Status UsbEnrollmentEngine::checkSettings()
{
    if (isRunning())
        return Status::failure(ErrorCode::Conflict, tr("An enrollment is already running."));
    if (m_settings.consoleUrl.isEmpty() || !m_settings.consoleUrl.startsWith(QLatin1String("https://")))
        return Status::failure(ErrorCode::InvalidInput, tr("The console address must be an https:// URL."));
    if (m_settings.caSha256.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("The console CA fingerprint is missing."));
    if (!AgentProtocol::isCaSha256(m_settings.caSha256))
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The console CA fingerprint must be its SHA-256 as 64 lowercase hex digits, without colons."));
    if (!QFileInfo(m_settings.apkPath).isFile())
        return Status::failure(ErrorCode::NotFound, tr("Choose the agent APK to install (%1 is not a file).").arg(m_settings.apkPath));
    return Status::success();
}

Status UsbEnrollmentEngine::enroll(const QList<AdbDevice> &devices)
{
    if (Status s = checkSettings(); !s)
        return s;
    if (devices.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("No device is attached."));
    QString sha;
    if (Status s = sha256OfFile(m_settings.apkPath, &sha); !s)
        return s;
    m_batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_jobs.clear();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    UsbEnrollmentRepository repo(m_db);
    QList<UsbEnrollmentJob> created;
    for (const AdbDevice &d : devices) {
        UsbEnrollmentJob j;
        j.batchId = m_batchId;
        j.serial = d.serial;
        j.model = d.model;
        j.ownership = m_settings.ownership;
        j.department = m_settings.department;
        j.policyId = m_settings.policyId;
        j.apkPath = m_settings.apkPath;
        j.apkSha256 = sha;
        j.createdBy = m_settings.actor.name;
        j.createdAt = j.updatedAt = now;
        if (d.isUnauthorized()) {
            j.state = UsbEnrollmentJob::State::Failed;
            j.reason = tr("The device has not authorized this computer: accept the RSA prompt on the tablet's screen, then retry.");
        } else if (!d.isReady()) {
            j.state = UsbEnrollmentJob::State::Failed;
            j.reason = tr("The device is %1, not ready for adb.").arg(d.state);
        }
        if (Status s = repo.insert(j); !s)
            return s;
        m_jobs.insert(j.serial, j);
        created << j;
    }
    AuditLog(m_db).record(m_settings.actor, QStringLiteral("usb.enroll.start"), QStringLiteral("success"),
                          QStringLiteral("batch=%1 devices=%2 ownership=%3 department=%4 apk=%5 apk_sha256=%6")
                              .arg(m_batchId).arg(devices.size())
                              .arg(DeviceTypes::toDb(m_settings.ownership), m_settings.department, m_settings.apkPath, sha));
    for (const UsbEnrollmentJob &j : created) {
        if (j.isFinished())
            AuditLog(m_db).record(m_settings.actor, QStringLiteral("usb.enroll"), QStringLiteral("failure"),
                                  QStringLiteral("batch=%1 serial=%2 reason=%3").arg(m_batchId, j.serial, j.reason));
        emit jobChanged(j);
        if (!j.isFinished())
            run(j);
    }
    if (!isRunning())
        finishedOne(created.first());
    return Status::success();
}

void UsbEnrollmentEngine::run(const UsbEnrollmentJob &job)
{
    UsbEnrollmentSettings settings = m_settings;
    settings.ownership = job.ownership;
    settings.department = job.department;
    settings.policyId = job.policyId;
    settings.apkPath = job.apkPath;
    auto *runner = new UsbDeviceEnrollment(m_db, m_adb, settings, job, this);
    m_running.insert(job.serial, runner);
    connect(runner, &UsbDeviceEnrollment::changed, this, [this](const UsbEnrollmentJob &j) {
        m_jobs.insert(j.serial, j);
        emit jobChanged(j);
    });
    connect(runner, &UsbDeviceEnrollment::finished, this, [this, runner](const UsbEnrollmentJob &j) {
        m_running.remove(j.serial);
        runner->deleteLater();
        finishedOne(j);
    });
    runner->start();
}

void UsbEnrollmentEngine::finishedOne(const UsbEnrollmentJob &job)
{
    m_jobs.insert(job.serial, job);
    if (isRunning())
        return;
    int enrolled = 0;
    int failed = 0;
    for (const UsbEnrollmentJob &j : std::as_const(m_jobs))
        (j.state == UsbEnrollmentJob::State::Enrolled ? enrolled : failed) += 1;
    emit batchFinished(enrolled, failed);
}

Status UsbEnrollmentEngine::retry(const QString &serial)
{
    if (!m_jobs.contains(serial) || m_jobs.value(serial).state != UsbEnrollmentJob::State::Failed)
        return Status::failure(ErrorCode::NotFound, tr("%1 has no failed enrollment to retry.").arg(serial));
    if (m_running.contains(serial))
        return Status::failure(ErrorCode::Conflict, tr("%1 is already enrolling.").arg(serial));
    UsbEnrollmentJob j = m_jobs.value(serial);
    j.state = UsbEnrollmentJob::State::Queued;
    j.progress = 0;
    j.reason.clear();
    m_jobs.insert(serial, j);
    run(j);
    return Status::success();
}

int UsbEnrollmentEngine::retryFailed()
{
    int n = 0;
    for (const UsbEnrollmentJob &j : m_jobs.values())
        if (j.state == UsbEnrollmentJob::State::Failed && retry(j.serial).ok())
            ++n;
    return n;
}

int UsbEnrollmentEngine::resume()
{
    const QList<UsbEnrollmentJob> open = UsbEnrollmentRepository(m_db).unfinished();
    if (open.isEmpty())
        return 0;
    m_batchId = open.last().batchId;
    m_jobs.clear();
    for (const UsbEnrollmentJob &j : UsbEnrollmentRepository(m_db).batch(m_batchId))
        m_jobs.insert(j.serial, j);
    int n = 0;
    for (const UsbEnrollmentJob &j : open) {
        if (j.batchId != m_batchId || m_running.contains(j.serial))
            continue;
        emit jobChanged(j);
        run(j);
        ++n;
    }
    return n;
}

void UsbEnrollmentEngine::setAttached(const QList<AdbDevice> &devices)
{
    QSet<QString> present;
    for (const AdbDevice &d : devices)
        present.insert(d.serial);
    for (UsbDeviceEnrollment *runner : m_running.values()) {
        const UsbEnrollmentJob &j = runner->job();
        // Once the agent has its token the cable is no longer needed: it checks in over the network.
        if (!present.contains(j.serial) && j.state != UsbEnrollmentJob::State::Waiting)
            runner->abort(tr("The device was unplugged during \"%1\"; plug it in again and retry.")
                              .arg(UsbEnrollmentJob::displayName(j.state)));
    }
}

QList<UsbEnrollmentJob> UsbEnrollmentEngine::jobs() const
{
    QList<UsbEnrollmentJob> out = m_jobs.values();
    std::sort(out.begin(), out.end(), [](const UsbEnrollmentJob &a, const UsbEnrollmentJob &b) { return a.id < b.id; });
    return out;
}
