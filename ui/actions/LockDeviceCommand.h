#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

// Lock: asks for the lock-screen message and phone number, then queues the lock.
class LockDeviceCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    LockDeviceCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;

    DeviceCommandContext m_context;
    Device m_device;
};
