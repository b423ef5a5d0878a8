#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

// "Sign out user" on a Shared iPad: names the clinician signed in, asks once, then queues
// LogOutUser (SharedSessionService::requestSignOut); the session ends when the iPad acknowledges.
class SignOutUserCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    SignOutUserCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

private:
    void doStart() override;

    DeviceCommandContext m_context;
    Device m_device;
};
