#include "actions/EnableLostModeCommand.h"

#include "dialogs/LostModeDialog.h"
#include "lost/LostModeService.h"

void EnableLostModeCommand::doStart()
{
    auto *dialog = new LostModeDialog(m_device.name, parentWidget());
    dialog->setObjectName(QStringLiteral("lostModeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, &EnableLostModeCommand::abort);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString message = dialog->message(), phone = dialog->phoneNumber(), footnote = dialog->footnote();
        confirmThen(tr("put %1 in Lost Mode").arg(m_device.name), [this, message, phone, footnote] {
            return LostModeService(*m_context.db).enable(*m_context.session, m_device.id, message, phone, footnote);
        });
    });
    dialog->open();
}
