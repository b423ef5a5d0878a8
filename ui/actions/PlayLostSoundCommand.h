#pragma once

#include "actions/LostModeCommand.h"

// Play sound: password and code again, then queues PlayLostModeSound (only for a device in Lost Mode).
class PlayLostSoundCommand : public LostModeCommand
{
    Q_OBJECT
public:
    using LostModeCommand::LostModeCommand;

private:
    void doStart() override;
};
