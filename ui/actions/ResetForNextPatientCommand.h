#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

// "Reset for next patient" on a shared tablet: ends the signed-in clinician's session and clears
// the patient apps' data. Asks once.
class ResetForNextPatientCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    ResetForNextPatientCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;

    DeviceCommandContext m_context;
    Device m_device;
};
