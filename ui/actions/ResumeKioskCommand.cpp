#include "actions/ResumeKioskCommand.h"

#include "kiosk/KioskMaintenanceService.h"

ResumeKioskCommand::ResumeKioskCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void ResumeKioskCommand::doStart()
{
    finish(KioskMaintenanceService(*m_context.db).resumeKiosk(*m_context.session, m_device.id));
}
