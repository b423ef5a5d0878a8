#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

class ResetScheduleDialog;

// "Reset schedule…" on a shared tablet: shows when it is reset for the next patient on its own
// and lets an Administrator add, change or remove the tablet's own times (ResetScheduleService
// decides and audits). Finishes when the dialog closes: success if something was changed.
class EditResetScheduleCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    EditResetScheduleCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;
    void reload(ResetScheduleDialog *dialog);

    DeviceCommandContext m_context;
    Device m_device;
    bool m_changed = false;
};
