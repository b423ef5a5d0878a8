#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

// Selective wipe: removes the clinic's apps, accounts and data (the work profile, or the MDM
// profile with everything it installed) and leaves personal data alone. Asks once, then queues.
class SelectiveWipeCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    SelectiveWipeCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;

    DeviceCommandContext m_context;
    Device m_device;
};
