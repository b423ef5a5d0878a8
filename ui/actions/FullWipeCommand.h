#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

// Full wipe: the device's name typed exactly, then password and code again (ReauthGate), then the
// engine decides — which refuses any personal (BYOD) device whatever the GUI allowed, and an admin
// whose role may not wipe. Every refusal is audited by the engine.
class FullWipeCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    FullWipeCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;
    void wipe(const QString &typedName);

    DeviceCommandContext m_context;
    Device m_device;
};
