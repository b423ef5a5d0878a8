#include "actions/DisableLostModeCommand.h"

#include "lost/LostModeService.h"

void DisableLostModeCommand::doStart()
{
    confirmThen(tr("end Lost Mode on %1").arg(m_device.name),
                [this] { return LostModeService(*m_context.db).disable(*m_context.session, m_device.id); });
}
