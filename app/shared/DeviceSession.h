#pragma once

#include <QString>

// One clinician's turn on a shared device, from sign-in to sign-out.
struct DeviceSession {
    qint64 id = 0;
    qint64 deviceId = 0;
    QString userName;
    QString source;    // agent (Android), apple (Shared iPad), console
    qint64 startedAt = 0;
    qint64 endedAt = 0; // 0: still signed in
    QString endReason; // signout, timeout, superseded, reset
};
