#pragma once

#include "fleet/DeviceTypes.h"

#include <QString>

// One device of a USB enrollment batch, as persisted in usb_enrollment_jobs.
struct UsbEnrollmentJob {
    enum class State { Queued, Checking, Installing, Owner, Handover, Waiting, Enrolled, Failed };

    qint64 id = 0;
    QString batchId;
    QString serial;
    QString model;
    State state = State::Queued;
    int progress = 0; // 0..100
    QString reason;   // why it failed, or what it is doing
    Ownership ownership = Ownership::COPE;
    QString department;
    qint64 policyId = 0;
    QString apkPath;
    QString apkSha256;
    qint64 enrollmentId = 0;
    qint64 deviceId = 0;
    int attempts = 0;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isFinished() const { return state == State::Enrolled || state == State::Failed; }
    static QString toDb(State s);
    static State stateFromDb(const QString &s);
    static QString displayName(State s);
};
