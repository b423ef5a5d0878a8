#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"
#include "security/Permission.h"
#include "security/SignInResult.h"

#include <QVariantMap>

class AdminSession;
class Database;

// Admins queue Apple MDM commands here: the role is checked per command family, the device must
// be an Apple device, AppleCommandBuilder validates the arguments, and every outcome is audited.
// Locks and erases go through DeviceCommandService (its BYOD rule, typed name and fresh
// re-authentication apply to every way a wipe can be asked for).
class AppleCommandService
{
public:
    explicit AppleCommandService(Database &db) : m_db(db) {}

    Status queue(const AdminSession &session, qint64 deviceId, const QString &requestType, const QVariantMap &args,
                 DeviceCommand *queued = nullptr, const QString &confirmName = {}, const SignInResult &reauth = {});

    static Permission permissionFor(const QString &requestType);

private:
    Database &m_db;
};
