#include "actions/LocateDeviceCommand.h"

#include "lost/LostModeService.h"

void LocateDeviceCommand::doStart()
{
    confirmThen(tr("ask %1 for its location").arg(m_device.name),
                [this] { return LostModeService(*m_context.db).locate(*m_context.session, m_device.id); });
}
