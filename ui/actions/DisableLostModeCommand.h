#pragma once

#include "actions/LostModeCommand.h"

// End Lost Mode: password and code again, then queues DisableLostMode.
class DisableLostModeCommand : public LostModeCommand
{
    Q_OBJECT
public:
    using LostModeCommand::LostModeCommand;

private:
    void doStart() override;
};
