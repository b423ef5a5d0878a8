#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"
#include "fleet/DeviceTypes.h"
#include "security/Permission.h"
#include "security/SignInResult.h"

#include <QJsonObject>

#include <functional>

class Database;
class AdminSession;
struct Device;

// Locks and wipes, as the engine decides them: the role is checked (AdminSession::require), a BYOD
// device can never be fully wiped (selective wipe only), a full wipe needs the device's name typed
// and a fresh re-authentication, and every outcome is audited with the device id. Commands are
// queued with the platform's own request type, each with a wake in the push outbox (PushDispatcher).
class DeviceCommandService
{
public:
    using Clock = std::function<qint64()>; // epoch seconds

    explicit DeviceCommandService(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    Status lock(const AdminSession &session, qint64 deviceId, const QString &message, const QString &phone,
                DeviceCommand *queued = nullptr);
    Status selectiveWipe(const AdminSession &session, qint64 deviceId, DeviceCommand *queued = nullptr);
    // `reauth`: the answer of AuthService::reauthenticate (or, on the command line, of the sign-in of
    // this very run) for the same admin. A default or failed result refuses the wipe.
    Status fullWipe(const AdminSession &session, qint64 deviceId, const QString &confirmName, const SignInResult &reauth,
                    DeviceCommand *queued = nullptr);
    // Only while the command is still queued; a cancelled wipe is audited as command.cancel.
    Status cancel(const AdminSession &session, const QString &uuid);

    // The request type a device of this platform understands for the action.
    static QString requestType(Platform platform, Permission action);

private:
    Status queue(const AdminSession &session, const Device &device, Permission action, const QJsonObject &payload,
                 DeviceCommand *queued);
    Status refuse(const AdminSession &session, qint64 deviceId, const QString &action, const QString &reason,
                  const Status &status);

    Database &m_db;
    Clock m_clock;
};
