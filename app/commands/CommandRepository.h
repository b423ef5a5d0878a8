#pragma once

#include "commands/DeviceCommand.h"
#include "core/Status.h"

#include <QList>
#include <optional>

class Database;

// All SQL for the commands table.
class CommandRepository
{
public:
    explicit CommandRepository(Database &db);

    // Sets command.id; the uuid, device, type and queued_at must be filled in. Writes a wake for the
    // device into the push outbox in the same transaction.
    Status enqueue(DeviceCommand &command);
    std::optional<DeviceCommand> findByUuid(const QString &uuid) const;
    // Newest first; an empty status means any, deviceId 0 any device.
    QList<DeviceCommand> list(qint64 deviceId = 0, const QString &status = {}, int limit = 1000) const;
    // Cancels only while the command is still queued (the device has not fetched it):
    // NotFound for an unknown uuid, Conflict when it has left the queue.
    Status cancel(const QString &uuid, qint64 nowSeconds);
    // Every command of the device not yet answered (queued, sent, notnow) is cancelled, with the
    // reason in command_results; inside the caller's transaction. *count: how many.
    Status cancelPending(qint64 deviceId, const QString &reason, qint64 nowSeconds, int *count = nullptr);
    // Moves a command to another status (delivery, tests).
    Status setStatus(const QString &uuid, const QString &status, qint64 nowSeconds);

    QString lastError() const { return m_lastError; }

private:
    Status insert(DeviceCommand &command);

    Database &m_db;
    mutable QString m_lastError;
};
