#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"

// Cancels a command that still waits for its device (a wipe can be stopped until the device
// fetches it). Asks once.
class CancelQueuedCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    CancelQueuedCommand(const DeviceCommandContext &context, const QString &uuid, const QString &description,
                        QWidget *parentWidget);

private:
    void doStart() override;

    DeviceCommandContext m_context;
    QString m_uuid;
    QString m_description;
};
