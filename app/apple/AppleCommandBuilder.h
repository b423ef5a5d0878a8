#pragma once

#include "core/Status.h"
#include "fleet/DeviceTypes.h"

#include <QStringList>
#include <QVariantMap>

// Builds the Apple MDM commands the console sends, by Apple's schema (spec/apple/mdm/commands):
// the payload keys of each RequestType, validated, with the clinic's rules applied — EraseDevice is
// refused for BYOD, InstalledApplicationList asks a BYOD device for managed apps only. Arguments
// come as a map of key -> value (the command line passes text; numbers and booleans are converted).
class AppleCommandBuilder
{
public:
    struct Built {
        QString requestType;
        QVariantMap payload; // the Command dictionary without RequestType
        int priority = 0;    // larger first: locks 10, erases 20, routine work 0
    };

    static QStringList requestTypes();
    static QStringList defaultDeviceQueries();
    static Status build(const QString &requestType, const QVariantMap &args, Ownership ownership, Built &out);

    // The plist a device receives: { CommandUUID, Command: { RequestType, ...payload } }.
    static QVariantMap commandPlist(const QString &uuid, const QString &requestType, const QVariantMap &payload);
};
