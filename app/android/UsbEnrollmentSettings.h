#pragma once

#include "fleet/DeviceTypes.h"
#include "security/Actor.h"

#include <QString>

// What a USB enrollment batch hands every device: the agent to install and make device owner, and
// the console the agent enrolls with (protocol document, "Hand-over").
struct UsbEnrollmentSettings {
    Ownership ownership = Ownership::COPE;
    QString department;
    qint64 policyId = 0;
    QString apkPath;
    QString agentPackage = QStringLiteral("org.clinicmdm.agent");
    QString adminReceiver = QStringLiteral(".AdminReceiver");   // DeviceAdminReceiver, relative to the package
    QString enrollReceiver = QStringLiteral(".EnrollReceiver"); // receives the hand-over broadcast
    QString consoleUrl;  // https://host:port
    QString caSha256;    // lowercase hex of the console CA certificate (DER)
    int checkInTimeoutMs = 5 * 60 * 1000;
    int checkInPollMs = 500;
    Actor actor = Actor::system();

    bool deviceOwner() const { return ownership != Ownership::BYOD; }
    QString adminComponent() const { return agentPackage + QLatin1Char('/') + adminReceiver; }
};
