#include "actions/FullWipeCommand.h"

#include "commands/DeviceCommandService.h"
#include "dialogs/FullWipeDialog.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"
#include "security/SignInResult.h"

FullWipeCommand::FullWipeCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void FullWipeCommand::doStart()
{
    // A personal phone is refused before any dialog: there is nothing to confirm. The engine
    // records the attempt.
    if (m_device.ownership == Ownership::BYOD || !m_context.gate) {
        finish(DeviceCommandService(*m_context.db).fullWipe(*m_context.session, m_device.id, {}, SignInResult{}));
        return;
    }
    auto *dialog = new FullWipeDialog(m_device.name, parentWidget());
    dialog->setObjectName(QStringLiteral("fullWipeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, &FullWipeCommand::abort);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString typed = dialog->typedName();
        auto refusedOnce = std::make_shared<QMetaObject::Connection>();
        *refusedOnce = connect(m_context.gate, &ReauthGate::refused, this, [this, refusedOnce](const Status &s) {
            disconnect(*refusedOnce);
            finish(s);
        });
        m_context.gate->confirm(parentWidget(), Permission::FullWipe, tr("erase %1").arg(m_device.name),
                                [this, typed] { wipe(typed); });
        if (ReauthDialog *reauth = m_context.gate->openDialog())
            connect(reauth, &QDialog::rejected, this, &FullWipeCommand::abort);
    });
    dialog->open();
}

void FullWipeCommand::wipe(const QString &typedName)
{
    // The gate has just confirmed password and code for this very session (its authenticatedAt is
    // fresh, and DeviceCommandService checks that again through AdminSession::require).
    SignInResult reauth;
    reauth.session = *m_context.session;
    finish(DeviceCommandService(*m_context.db).fullWipe(*m_context.session, m_device.id, typedName, reauth));
}
