#include "actions/ExpectReenrollmentCommand.h"

#include "dialogs/ExpectReenrollmentDialog.h"
#include "fleet/ReenrollmentService.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"

#include <memory>

ExpectReenrollmentCommand::ExpectReenrollmentCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void ExpectReenrollmentCommand::doStart()
{
    auto *dialog = new ExpectReenrollmentDialog(m_device.name, parentWidget());
    dialog->setObjectName(QStringLiteral("expectReenrollmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, &ExpectReenrollmentCommand::abort);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int hours = dialog->hours();
        if (!m_context.gate) {
            expect(hours); // the engine still requires a fresh authentication
            return;
        }
        auto refusedOnce = std::make_shared<QMetaObject::Connection>();
        *refusedOnce = connect(m_context.gate, &ReauthGate::refused, this, [this, refusedOnce](const Status &s) {
            disconnect(*refusedOnce);
            finish(s);
        });
        m_context.gate->confirm(parentWidget(), Permission::ExpectReenrollment, tr("expect the re-enrollment of %1").arg(m_device.name),
                                [this, hours] { expect(hours); });
        if (ReauthDialog *reauth = m_context.gate->openDialog())
            connect(reauth, &QDialog::rejected, this, &ExpectReenrollmentCommand::abort);
    });
    dialog->open();
}

void ExpectReenrollmentCommand::expect(int hours)
{
    finish(ReenrollmentService(*m_context.db).expect(*m_context.session, m_device.id, hours));
}
