#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

// "Expect re-enrollment…": the confirmation dialog (and for how long), then password and code again
// (ReauthGate), then ReenrollmentService decides — the role, whether the device was ever enrolled —
// and audits.
class ExpectReenrollmentCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    ExpectReenrollmentCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;
    void expect(int hours);

    DeviceCommandContext m_context;
    Device m_device;
};
