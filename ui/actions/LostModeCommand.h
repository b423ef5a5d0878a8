#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

#include <functional>

// What the four Lost Mode actions share: password and code again through the ReauthGate (Lost Mode
// reveals where a device — and so a person — is), then the engine (LostModeService) decides and
// audits. Without a gate (an embedding without sign-in) the engine is asked directly and refuses a
// session that was not freshly confirmed.
class LostModeCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    LostModeCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget);

protected:
    // `action` completes "To …, enter your password…".
    void confirmThen(const QString &action, std::function<Status()> run);

    DeviceCommandContext m_context;
    Device m_device;
};
