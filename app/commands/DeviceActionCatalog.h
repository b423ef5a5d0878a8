#pragma once

#include "commands/DeviceActionDeclaration.h"

#include <optional>

// Every device action's declaration, in one table (DeviceActionCatalog.cpp).
namespace DeviceActionCatalog {
const QList<DeviceActionDeclaration> &all();
std::optional<DeviceActionDeclaration> find(const QString &id);
// The ids, for code that names an action.
namespace Id {
inline const QString Lock = QStringLiteral("lock");
inline const QString SelectiveWipe = QStringLiteral("selective-wipe");
inline const QString FullWipe = QStringLiteral("full-wipe");
inline const QString ResetForNextPatient = QStringLiteral("reset-for-next-patient");
inline const QString ResetSchedule = QStringLiteral("reset-schedule");
inline const QString SignOutUser = QStringLiteral("sign-out-user");
inline const QString PrivacyManifest = QStringLiteral("privacy-manifest");
inline const QString LeaveKiosk = QStringLiteral("leave-kiosk");
inline const QString ResumeKiosk = QStringLiteral("resume-kiosk");
inline const QString LostMode = QStringLiteral("lost-mode");
inline const QString Locate = QStringLiteral("locate");
inline const QString PlaySound = QStringLiteral("play-sound");
inline const QString EndLostMode = QStringLiteral("end-lost-mode");
inline const QString ExpectReenrollment = QStringLiteral("expect-reenrollment");
inline const QString AddToGroup = QStringLiteral("add-to-group");
inline const QString AssignPolicy = QStringLiteral("assign-policy");
inline const QString InstallApp = QStringLiteral("install-app");
inline const QString PushNow = QStringLiteral("push-now");
} // namespace Id
} // namespace DeviceActionCatalog
