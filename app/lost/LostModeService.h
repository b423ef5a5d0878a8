#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"
#include "fleet/Device.h"
#include "lost/LostModeStatus.h"

#include <QVariantMap>

#include <functional>

class AdminSession;
class Database;

// Lost Mode of a supervised corporate iPhone or iPad, as the engine decides it: EnableLostMode
// (a message or a phone number on the lock screen), DeviceLocation, PlayLostModeSound and
// DisableLostMode, queued with a push wake like every command. Permission::LostMode (Administrators,
// freshly re-authenticated) is required; personal (BYOD), Android, unsupervised and unenrolled
// devices are refused whoever asks (LostModeEligibility). Locating and the sound also need the
// device to have reported being in Lost Mode. Every outcome is audited (lostmode.enable,
// lostmode.locate, lostmode.sound, lostmode.disable), never with a message text or a coordinate.
class LostModeService
{
public:
    using Clock = std::function<qint64()>; // epoch seconds

    static constexpr int kMaxMessage = 300;
    static constexpr int kMaxFootnote = 100;

    explicit LostModeService(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    Status enable(const AdminSession &session, qint64 deviceId, const QString &message, const QString &phone,
                  const QString &footnote, DeviceCommand *queued = nullptr);
    Status locate(const AdminSession &session, qint64 deviceId, DeviceCommand *queued = nullptr);
    Status playSound(const AdminSession &session, qint64 deviceId, DeviceCommand *queued = nullptr);
    Status disable(const AdminSession &session, qint64 deviceId, DeviceCommand *queued = nullptr);

    // For display: whether the device is eligible and in Lost Mode, and its last location when the
    // admin may see it. Reads only: nothing is refused or audited.
    LostModeStatus status(const AdminSession &session, const Device &device) const;

private:
    enum class Action { Enable, Locate, Sound, Disable };
    Status run(const AdminSession &session, qint64 deviceId, Action action, const QVariantMap &payload,
               const QString &detail, DeviceCommand *queued);
    Status refuse(const AdminSession &session, qint64 deviceId, Action action, const QString &reason, const Status &status);

    Database &m_db;
    Clock m_clock;
};
