#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// The device facts (DeviceFact) one agent CheckInRequest reports: OS and patch level, encryption,
// passcode, management mode, kiosk state. The check-in endpoint and the demo fleet both go through
// here, so demo facts are exactly what a real check-in would have stored.
namespace AndroidCheckInFacts {
QHash<QString, QString> fromCheckIn(const QJsonObject &checkIn, const QString &serial);
}
