#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"

#include <optional>

class Database;

// The delivery side of the commands table for Apple devices, and command_results. (Queueing and
// cancelling stay in CommandRepository.)
class AppleCommandQueueRepository
{
public:
    explicit AppleCommandQueueRepository(Database &db);

    // The next command to send: highest priority first, then oldest. `startOfSession` (an Idle)
    // also offers commands the device deferred with NotNow and commands sent earlier but never
    // answered (the device or the console went away before the answer arrived). One indexed query.
    std::optional<DeviceCommand> next(qint64 deviceId, bool startOfSession) const;
    Status markSent(qint64 commandId, qint64 now);
    // The command with this uuid, only when it belongs to the device.
    std::optional<DeviceCommand> findForDevice(const QString &uuid, qint64 deviceId) const;
    // sent -> acknowledged | error | notnow (a conditional UPDATE: NotFound when not 'sent').
    Status complete(qint64 commandId, const QString &status, qint64 now);
    Status addResult(qint64 commandId, const QString &status, const QByteArray &payload, const QString &errorChain,
                     qint64 now);

    struct Result {
        QString status;
        QByteArray payload;
        QString errorChain;
        qint64 receivedAt = 0;
    };
    QList<Result> results(qint64 commandId) const;

private:
    Database &m_db;
};
