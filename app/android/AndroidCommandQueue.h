#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"

#include <optional>

class Database;

// The SQL of command delivery to Android agents: which queued command goes next, and what the agent
// answered. Status changes are conditional UPDATEs so a cancel racing a delivery has one winner.
class AndroidCommandQueue
{
public:
    // A NOT_NOW command is offered again after this long, not on the very next poll.
    static constexpr qint64 NotNowRetrySeconds = 300;

    explicit AndroidCommandQueue(Database &db);

    // Highest priority first (wipes and locks before routine work), then oldest.
    std::optional<DeviceCommand> next(qint64 deviceId, qint64 now) const;
    int pendingCount(qint64 deviceId) const;
    bool markSent(qint64 commandId, qint64 now);
    // Refused at delivery (a WIPE for a work profile, a payload that does not validate).
    Status refuse(qint64 commandId, const QString &reason, qint64 now);
    // status: acknowledged, error or notnow. False when the command is not outstanding (sent).
    bool recordResult(qint64 commandId, const QString &status, const QByteArray &resultJson, const QString &error,
                      qint64 now);

private:
    Database &m_db;
};
