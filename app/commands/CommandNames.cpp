#include "commands/CommandNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace CommandNames {

QString displayName(const QString &requestType)
{
    // Apple's request types and the Android agent's share one table: an admin thinks "lock", not
    // "DeviceLock on iOS, LOCK on Android".
    static const QHash<QString, const char *> names = {
        {QStringLiteral("DeviceLock"), QT_TRANSLATE_NOOP("CommandNames", "Lock")},
        {QStringLiteral("LOCK"), QT_TRANSLATE_NOOP("CommandNames", "Lock")},
        {QStringLiteral("EraseDevice"), QT_TRANSLATE_NOOP("CommandNames", "Full wipe")},
        {QStringLiteral("WIPE"), QT_TRANSLATE_NOOP("CommandNames", "Full wipe")},
        {QStringLiteral("RemoveProfile"), QT_TRANSLATE_NOOP("CommandNames", "Remove profile (selective wipe)")},
        {QStringLiteral("REMOVE_WORK_PROFILE"), QT_TRANSLATE_NOOP("CommandNames", "Remove work profile (selective wipe)")},
        {QStringLiteral("DeviceInformation"), QT_TRANSLATE_NOOP("CommandNames", "Device information")},
        {QStringLiteral("SecurityInfo"), QT_TRANSLATE_NOOP("CommandNames", "Security information")},
        {QStringLiteral("InstalledApplicationList"), QT_TRANSLATE_NOOP("CommandNames", "Installed apps")},
        {QStringLiteral("ProfileList"), QT_TRANSLATE_NOOP("CommandNames", "Profile list")},
        {QStringLiteral("InstallProfile"), QT_TRANSLATE_NOOP("CommandNames", "Install profile")},
        {QStringLiteral("ClearPasscode"), QT_TRANSLATE_NOOP("CommandNames", "Clear passcode")},
        {QStringLiteral("RestartDevice"), QT_TRANSLATE_NOOP("CommandNames", "Restart")},
        {QStringLiteral("REBOOT"), QT_TRANSLATE_NOOP("CommandNames", "Restart")},
        {QStringLiteral("Settings"), QT_TRANSLATE_NOOP("CommandNames", "Settings")},
        {QStringLiteral("InstallApplication"), QT_TRANSLATE_NOOP("CommandNames", "Install app")},
        {QStringLiteral("INSTALL_APP"), QT_TRANSLATE_NOOP("CommandNames", "Install app")},
        {QStringLiteral("RemoveApplication"), QT_TRANSLATE_NOOP("CommandNames", "Remove app")},
        {QStringLiteral("REMOVE_APP"), QT_TRANSLATE_NOOP("CommandNames", "Remove app")},
        {QStringLiteral("RESET_PASSWORD"), QT_TRANSLATE_NOOP("CommandNames", "Reset passcode")},
        {QStringLiteral("CLEAR_APP_DATA"), QT_TRANSLATE_NOOP("CommandNames", "Clear app data")},
        {QStringLiteral("START_KIOSK"), QT_TRANSLATE_NOOP("CommandNames", "Start kiosk mode")},
        {QStringLiteral("STOP_KIOSK"), QT_TRANSLATE_NOOP("CommandNames", "Leave kiosk mode")},
        {QStringLiteral("POLICY_SYNC"), QT_TRANSLATE_NOOP("CommandNames", "Apply policy")},
        {QStringLiteral("LogOutUser"), QT_TRANSLATE_NOOP("CommandNames", "Sign out user")},
        {QStringLiteral("EnableLostMode"), QT_TRANSLATE_NOOP("CommandNames", "Enable lost mode")},
        {QStringLiteral("DisableLostMode"), QT_TRANSLATE_NOOP("CommandNames", "Disable lost mode")},
        {QStringLiteral("PlayLostModeSound"), QT_TRANSLATE_NOOP("CommandNames", "Play sound")},
        {QStringLiteral("DeviceLocation"), QT_TRANSLATE_NOOP("CommandNames", "Locate")},
    };
    const auto it = names.constFind(requestType);
    return it == names.constEnd() ? requestType : QCoreApplication::translate("CommandNames", it.value());
}

QString statusName(const QString &status)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("queued"), QT_TRANSLATE_NOOP("CommandNames", "Waiting for the device")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("CommandNames", "Sent to the device")},
        {QStringLiteral("acknowledged"), QT_TRANSLATE_NOOP("CommandNames", "Done")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("CommandNames", "Failed on the device")},
        {QStringLiteral("notnow"), QT_TRANSLATE_NOOP("CommandNames", "Device busy, will retry")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("CommandNames", "Cancelled")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("CommandNames", "Expired")},
    };
    const auto it = names.constFind(status);
    return it == names.constEnd() ? status : QCoreApplication::translate("CommandNames", it.value());
}

QStringList statuses()
{
    return {QStringLiteral("queued"),    QStringLiteral("sent"),      QStringLiteral("notnow"),
            QStringLiteral("acknowledged"), QStringLiteral("error"), QStringLiteral("cancelled"),
            QStringLiteral("expired")};
}

} // namespace CommandNames
