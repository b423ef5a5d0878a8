#pragma once

#include "actions/LostModeCommand.h"

// Lost Mode…: asks for the lock screen's message, phone number and footnote (LostModeDialog), then password and code again, then queues EnableLostMode.
class EnableLostModeCommand : public LostModeCommand
{
    Q_OBJECT
public:
    using LostModeCommand::LostModeCommand;

private:
    void doStart() override;
};
