#pragma once

#include "actions/LostModeCommand.h"

// Locate: password and code again, then queues DeviceLocation (only for a device in Lost Mode).
class LocateDeviceCommand : public LostModeCommand
{
    Q_OBJECT
public:
    using LostModeCommand::LostModeCommand;

private:
    void doStart() override;
};
