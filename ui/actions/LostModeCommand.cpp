#include "actions/LostModeCommand.h"

#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"

#include <memory>

LostModeCommand::LostModeCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void LostModeCommand::confirmThen(const QString &action, std::function<Status()> run)
{
    if (!m_context.gate) {
        finish(run());
        return;
    }
    auto refusedOnce = std::make_shared<QMetaObject::Connection>();
    *refusedOnce = connect(m_context.gate, &ReauthGate::refused, this, [this, refusedOnce](const Status &s) {
        disconnect(*refusedOnce);
        finish(s);
    });
    m_context.gate->confirm(parentWidget(), Permission::LostMode, action, [this, run, refusedOnce] {
        disconnect(*refusedOnce);
        finish(run());
    });
    if (ReauthDialog *reauth = m_context.gate->openDialog())
        connect(reauth, &QDialog::rejected, this, &LostModeCommand::abort);
}
