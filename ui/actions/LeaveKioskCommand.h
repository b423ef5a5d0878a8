#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

// Leave kiosk mode for maintenance: asks for the reason and how long, then the engine takes the
// kiosk out of single-app mode (KioskMaintenanceService::exitKiosk).
class LeaveKioskCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    LeaveKioskCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;

    DeviceCommandContext m_context;
    Device m_device;
};
