#include "actions/PlayLostSoundCommand.h"

#include "lost/LostModeService.h"

void PlayLostSoundCommand::doStart()
{
    confirmThen(tr("make %1 play a sound").arg(m_device.name),
                [this] { return LostModeService(*m_context.db).playSound(*m_context.session, m_device.id); });
}
