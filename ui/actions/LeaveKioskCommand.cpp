#include "actions/LeaveKioskCommand.h"

#include "dialogs/KioskMaintenanceDialog.h"
#include "kiosk/KioskMaintenanceService.h"

LeaveKioskCommand::LeaveKioskCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void LeaveKioskCommand::doStart()
{
    auto *dialog = new KioskMaintenanceDialog(m_device.name, parentWidget());
    dialog->setObjectName(QStringLiteral("kioskMaintenanceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, &LeaveKioskCommand::abort);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        finish(KioskMaintenanceService(*m_context.db).exitKiosk(*m_context.session, m_device.id, dialog->reason(), dialog->minutes()));
    });
    dialog->open();
}
