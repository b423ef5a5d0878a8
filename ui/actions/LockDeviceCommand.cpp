#include "actions/LockDeviceCommand.h"

#include "commands/DeviceCommandService.h"
#include "dialogs/LockDeviceDialog.h"

LockDeviceCommand::LockDeviceCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void LockDeviceCommand::doStart()
{
    auto *dialog = new LockDeviceDialog(m_device.name, parentWidget());
    dialog->setObjectName(QStringLiteral("lockDeviceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, &LockDeviceCommand::abort);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        finish(DeviceCommandService(*m_context.db)
                   .lock(*m_context.session, m_device.id, dialog->message(), dialog->phoneNumber()));
    });
    dialog->open();
}
