#pragma once

#include "android/UsbEnrollmentJob.h"
#include "android/UsbEnrollmentSettings.h"

#include <QObject>
#include <QPointer>

class AdbClient;
class AdbJob;
class Database;
class QTimer;

// Enrolls one device over adb, step by step: preconditions (serial, model, no accounts for a device
// owner), install the agent, `dpm set-device-owner`, hand-over broadcast with a fresh one-time token,
// then wait for the agent's first check-in. Writes every step to usb_enrollment_jobs. Asynchronous;
// several run side by side, one per device.
class UsbDeviceEnrollment : public QObject
{
    Q_OBJECT
public:
    UsbDeviceEnrollment(Database &db, AdbClient &adb, const UsbEnrollmentSettings &settings, const UsbEnrollmentJob &job,
                        QObject *parent = nullptr);
    void start();
    // Stops at once and marks the device failed with this reason (an unplug seen by the tracker).
    void abort(const QString &reason);
    const UsbEnrollmentJob &job() const { return m_job; }

signals:
    void changed(const UsbEnrollmentJob &job);
    void finished(const UsbEnrollmentJob &job);

private:
    void checkPreconditions();
    void checkAccounts(bool streamed);
    void install(bool streamed);
    void setOwner();
    void handOver();
    void waitForCheckIn();
    void poll();
    void step(UsbEnrollmentJob::State state, int progress, const QString &note = {});
    void failWith(const QString &reason);
    void succeed();
    void watch(AdbJob *job);

    Database &m_db;
    AdbClient &m_adb;
    UsbEnrollmentSettings m_settings;
    UsbEnrollmentJob m_job;
    QPointer<AdbJob> m_current;
    QTimer *m_poll;
    qint64 m_waitStarted = 0;
};
