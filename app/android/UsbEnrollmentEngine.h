#pragma once

#include "android/AdbDevice.h"
#include "android/UsbEnrollmentJob.h"
#include "android/UsbEnrollmentSettings.h"
#include "core/Status.h"

#include <QHash>
#include <QObject>

class AdbClient;
class Database;
class UsbDeviceEnrollment;

// Bulk USB enrollment: every attached device runs its own UsbDeviceEnrollment at the same time,
// so twenty tablets take about as long as the slowest one. A failure (unauthorized, accounts
// present, unplugged, ...) stops only its own device. Every step is persisted: resume() picks up
// the unfinished devices after a crash or a closed window. Failed devices can be retried one by one.
class UsbEnrollmentEngine : public QObject
{
    Q_OBJECT
public:
    UsbEnrollmentEngine(Database &db, AdbClient &adb, QObject *parent = nullptr);

    void setSettings(const UsbEnrollmentSettings &settings) { m_settings = settings; }
    const UsbEnrollmentSettings &settings() const { return m_settings; }

    // Checks the settings and the APK (readable; its SHA-256 is recorded), then starts a new batch
    // with these devices. Nothing starts when the settings are incomplete.
    Status enroll(const QList<AdbDevice> &devices);
    // Runs one failed device of the current batch again.
    Status retry(const QString &serial);
    int retryFailed();
    // Restarts the unfinished devices of earlier runs (a crash, a closed window); returns how many.
    int resume();
    // The live device list: a device that is enrolling and no longer attached is failed as unplugged.
    void setAttached(const QList<AdbDevice> &devices);

    QList<UsbEnrollmentJob> jobs() const;
    QString batchId() const { return m_batchId; }
    bool isRunning() const { return !m_running.isEmpty(); }

    static Status sha256OfFile(const QString &path, QString *hex);

signals:
    void jobChanged(const UsbEnrollmentJob &job);
    void batchFinished(int enrolled, int failed);

private:
    Status checkSettings();
    void run(const UsbEnrollmentJob &job);
    void finishedOne(const UsbEnrollmentJob &job);

    Database &m_db;
    AdbClient &m_adb;
    UsbEnrollmentSettings m_settings;
    QString m_batchId;
    QHash<QString, UsbEnrollmentJob> m_jobs; // by serial, current batch
    QHash<QString, UsbDeviceEnrollment *> m_running;
};
