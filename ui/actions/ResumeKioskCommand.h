#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

// Resume kiosk mode: ends a kiosk's maintenance window now (nothing to ask; the engine audits it).
class ResumeKioskCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    ResumeKioskCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;

    DeviceCommandContext m_context;
    Device m_device;
};
